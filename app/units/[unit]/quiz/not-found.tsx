import Link from "next/link";

export default function QuizNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Quiz not found</h1>
      <p className="mt-2">There is no unit at this address, so there is no quiz for it. Check the link, or choose a unit from the list.</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          See all units
        </Link>
      </p>
    </>
  );
}
