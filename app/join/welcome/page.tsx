import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { linkClass } from "@/components/ui/styles";
import { PrintButton } from "@/components/ui/print-button";
import { NEW_CODE_COOKIE, readNewCode } from "@/lib/http/new-code-cookie";

export const metadata: Metadata = { title: "You joined the class", robots: { index: false } };

export default async function JoinWelcomePage() {
  const jar = await cookies();
  const joined = readNewCode(jar.get(NEW_CODE_COOKIE)?.value);
  if (!joined) {
    return (
      <div className="max-w-xl space-y-3">
        <h1 className="text-2xl font-bold">No new sign-in code to show</h1>
        <p>
          A personal sign-in code is shown only right after joining a class. If you lost yours, join the class again
          with its class code: you get a new code and keep your progress on this device.
        </p>
        <p>
          <Link href="/join" className={linkClass}>
            Join a class
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">You joined {joined.className}</h1>
      <section aria-labelledby="code-title" className="print-break-avoid rounded border-2 border-stone-800 p-4 dark:border-stone-200">
        <h2 id="code-title" className="text-xl font-semibold">
          Your personal sign-in code
        </h2>
        <p className="my-3 break-all font-mono text-3xl font-bold tracking-widest" aria-describedby="code-help">
          {joined.signInCode}
        </p>
        <p id="code-help">
          Write it down or print this page now: it is shown only this once. To continue on another device, choose{" "}
          <strong>Sign in → I&apos;m a student</strong> and type this code. Keep it to yourself, like a password.
        </p>
      </section>
      <PrintButton label="Print my code" />
      <p>
        <Link href="/" className={linkClass}>
          Go to the units
        </Link>
      </p>
    </div>
  );
}
