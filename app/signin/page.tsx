import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass, linkClass } from "@/components/ui/styles";
import { nextPath } from "@/lib/http/next-path";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";

export const metadata: Metadata = { title: "Sign in" };

const querySchema = z.object({
  next: nextPath,
  error: z.string().max(40).optional().catch(undefined),
  as: z.enum(["teacher", "student"]).catch("teacher"),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  const error = reasonMessage(query.error, await pageLocale());
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="teacher-signin" className={cardClass}>
          <h2 id="teacher-signin" className="mb-3 text-xl font-semibold">
            I&apos;m a teacher
          </h2>
          {query.as === "teacher" && <FormError message={error} />}
          <form method="post" action="/api/auth/signin" className="space-y-4">
            <input type="hidden" name="next" value={query.next} />
            <div>
              <label htmlFor="email" className={labelClass}>
                Email address
              </label>
              <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} className={inputClass} />
            </div>
            <div>
              <label htmlFor="password" className={labelClass}>
                Password
              </label>
              <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} className={inputClass} />
            </div>
            <button type="submit" className={buttonClass}>
              Sign in as a teacher
            </button>
          </form>
          <p className="mt-3">
            New here?{" "}
            <Link href="/signup" className={linkClass}>
              Create a teacher account
            </Link>
          </p>
        </section>
        <section aria-labelledby="student-signin" className={cardClass}>
          <h2 id="student-signin" className="mb-3 text-xl font-semibold">
            I&apos;m a student
          </h2>
          {query.as === "student" && <FormError message={error} />}
          <p className="mb-3">Type the personal sign-in code you were given when you joined your class.</p>
          <form method="post" action="/api/auth/student-signin" className="space-y-4">
            <div>
              <label htmlFor="code" className={labelClass}>
                Personal sign-in code
              </label>
              <input
                id="code"
                name="code"
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={60}
                aria-describedby="code-hint"
                className={`${inputClass} font-mono tracking-widest`}
              />
              <p id="code-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                12 letters and digits, like ACDE-FGHJ-KMNP. Capitals and dashes don&apos;t matter.
              </p>
            </div>
            <button type="submit" className={buttonClass}>
              Sign in as a student
            </button>
          </form>
          <p className="mt-3">
            No code yet?{" "}
            <Link href="/join" className={linkClass}>
              Join a class
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
