import type { Metadata } from "next";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass } from "@/components/ui/styles";
import { liveCode, livePath } from "@/lib/live/schemas";
import { pageLocale, redirectInLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";

export const metadata: Metadata = { title: "Join a live session" };

const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  code: z.string().max(40).optional().catch(undefined),
});

/** Type the code from the projector; the form is a plain GET, so it works without JavaScript. */
export default async function LiveJoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  const code = query.code === undefined ? null : liveCode.safeParse(query.code);
  if (code?.success) await redirectInLocale(livePath(code.data));
  const message = code && !code.success ? "A session code has 6 letters and digits. Check the code on the projector." : reasonMessage(query.error, await pageLocale());
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Join a live session</h1>
      <section className={cardClass} aria-labelledby="live-code-title">
        <h2 id="live-code-title" className="sr-only">
          Enter the code on the projector
        </h2>
        <FormError message={message} />
        <form method="get" action="/live" className="space-y-4">
          <div>
            <label htmlFor="code" className={labelClass}>
              Session code
            </label>
            <input
              id="code"
              name="code"
              required
              maxLength={40}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby="code-hint"
              className={`${inputClass} font-mono tracking-widest`}
            />
            <p id="code-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              6 letters and digits, shown on the projector. Capitals and spaces don&apos;t matter.
            </p>
          </div>
          <button type="submit" className={buttonClass}>
            Continue
          </button>
        </form>
      </section>
    </div>
  );
}
