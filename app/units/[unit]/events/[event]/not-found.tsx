"use client";

import Link from "next/link";
import { useParams } from "next/navigation";

// A client component only to read the unit from the address, so the way back leads to its timeline.
export default function EventNotFound() {
  const params = useParams<{ unit?: string }>();
  const unit = typeof params.unit === "string" && /^[a-z0-9-]+$/.test(params.unit) ? params.unit : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">Event not found</h1>
      <p className="mt-2">This unit has no event at this address. The link may be mistyped, or the event may have been removed.</p>
      <ul className="mt-4 space-y-1">
        {unit && (
          <li>
            <Link href={`/units/${unit}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
              Back to the timeline
            </Link>
          </li>
        )}
        <li>
          <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            See all units
          </Link>
        </li>
      </ul>
    </>
  );
}
