import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass, linkClass } from "@/components/ui/styles";
import { reasonMessage } from "@/lib/http/reasons";

export const metadata: Metadata = { title: "Join a class" };

const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  code: z.string().max(20).regex(/^[A-Za-z0-9 -]*$/).optional().catch(undefined),
});

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Join a class</h1>
      <p>
        Your teacher gives you a class code. You don&apos;t need an email address: choose the name your teacher will
        see. Anything you have already read or answered on this device comes with you.
      </p>
      <section className={cardClass} aria-labelledby="join-form-title">
        <h2 id="join-form-title" className="sr-only">
          Join with the code from your teacher
        </h2>
        <FormError message={reasonMessage(query.error)} />
        <form method="post" action="/api/classes/join" className="space-y-4">
          <div>
            <label htmlFor="code" className={labelClass}>
              Class code
            </label>
            <input
              id="code"
              name="code"
              required
              maxLength={20}
              defaultValue={query.code}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby="code-hint"
              className={`${inputClass} font-mono tracking-widest`}
            />
            <p id="code-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              6 letters and digits. Capitals and spaces don&apos;t matter.
            </p>
          </div>
          <div>
            <label htmlFor="displayName" className={labelClass}>
              Your name for the class
            </label>
            <input
              id="displayName"
              name="displayName"
              required
              maxLength={40}
              autoComplete="nickname"
              aria-describedby="name-hint"
              className={inputClass}
            />
            <p id="name-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              1 to 40 characters, for example your first name and the initial of your last name.
            </p>
          </div>
          <button type="submit" className={buttonClass}>
            Join the class
          </button>
        </form>
      </section>
      <p>
        Already joined on another device?{" "}
        <Link href="/signin?as=student" className={linkClass}>
          Sign in with your personal code
        </Link>
      </p>
    </div>
  );
}
