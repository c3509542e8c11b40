import Link from "next/link";

export default function AttemptNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Quiz not found</h1>
      <p className="mt-2">
        There is no quiz of yours at this address. It may belong to another browser or account, or the link may be incomplete.
      </p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          See all units
        </Link>
      </p>
    </>
  );
}
