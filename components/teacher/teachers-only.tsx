import Link from "next/link";
import { linkClass } from "@/components/ui/styles";
import { SignOutForm } from "@/components/auth/sign-out-form";

/** What a signed-in student sees under /teacher: not an error of theirs, and a way on. */
export function TeachersOnly() {
  return (
    <section aria-labelledby="forbidden-title" className="max-w-xl space-y-3">
      <h1 id="forbidden-title" className="text-2xl font-bold">
        Teachers only
      </h1>
      <p>
        You are signed in as a student. This part of Eventline is for teachers reviewing their classes. Your own
        answers and scores are on your progress page.
      </p>
      <p>
        <Link href="/progress" className={linkClass}>
          Go to my progress
        </Link>
      </p>
      <p>If you are a teacher, sign out and sign in with your teacher account.</p>
      <SignOutForm />
    </section>
  );
}
