import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">There is nothing at this address. It may have been mistyped, or the page may have moved.</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          Go to the list of units
        </Link>
      </p>
    </>
  );
}
