import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function ClassNotFound() {
  return (
    <section aria-labelledby="class-missing" className="max-w-xl space-y-3">
      <h1 id="class-missing" className="text-2xl font-bold">
        Not found among your classes
      </h1>
      <p>There is no such class or student among the classes of the account you are signed in with.</p>
      <p>
        <Link href="/teacher" className={linkClass}>
          Back to your classes
        </Link>
      </p>
    </section>
  );
}
