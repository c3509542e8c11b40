import Link from "next/link";

export default function UnitNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Unit not found</h1>
      <p className="mt-2">There is no unit at this address. Check the link, or choose a unit from the list.</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          See all units
        </Link>
      </p>
    </>
  );
}
