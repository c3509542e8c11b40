import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass, linkClass } from "@/components/ui/styles";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";

export const metadata: Metadata = { title: "Create a teacher account" };

const querySchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Create a teacher account</h1>
      <p>With an account you can run classes, give students a join code and see how they do. Students don&apos;t need one.</p>
      <section className={cardClass} aria-labelledby="account-title">
        <h2 id="account-title" className="sr-only">
          Your account details
        </h2>
        <FormError message={reasonMessage(query.error, await pageLocale())} />
        <form method="post" action="/api/auth/signup" className="space-y-4">
          <div>
            <label htmlFor="displayName" className={labelClass}>
              Your name, as students see it
            </label>
            <input id="displayName" name="displayName" required maxLength={40} autoComplete="name" className={inputClass} />
          </div>
          <div>
            <label htmlFor="email" className={labelClass}>
              Email address
            </label>
            <input id="email" name="email" type="email" required maxLength={254} autoComplete="email" className={inputClass} />
          </div>
          <div>
            <label htmlFor="password" className={labelClass}>
              Password
            </label>
            <input
              id="password"
              name="password"
              type="password"
              required
              minLength={10}
              maxLength={200}
              autoComplete="new-password"
              aria-describedby="password-hint"
              className={inputClass}
            />
            <p id="password-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              At least 10 characters. A few unrelated words make a strong one.
            </p>
          </div>
          <button type="submit" className={buttonClass}>
            Create account
          </button>
        </form>
      </section>
      <p>
        Already have an account?{" "}
        <Link href="/signin" className={linkClass}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
