import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { cardClass, linkClass } from "@/components/ui/styles";
import { DISPLAY_NAME_MAX } from "@/lib/accounts/names";
import { JOIN_CODE_LENGTH } from "@/lib/classrooms/join-codes";
import { JOIN_CODE_INPUT_MAX } from "@/lib/classrooms/schemas";
import { routes } from "@/lib/routes";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";

export const metadata: Metadata = { title: "Join a class" };

const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  code: z.string().max(JOIN_CODE_INPUT_MAX).regex(/^[A-Za-z0-9 -]*$/).optional().catch(undefined),
  name: z.string().max(DISPLAY_NAME_MAX).optional().catch(undefined),
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
        <FormError message={reasonMessage(query.error, await pageLocale())} />
        <form method="post" action={routes.api.joinClass()} className="space-y-4">
          <Field
            name="code"
            label="Class code"
            required
            maxLength={JOIN_CODE_INPUT_MAX}
            defaultValue={query.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="font-mono tracking-widest"
            hint={`${JOIN_CODE_LENGTH} letters and digits, like ACDEF-GHJKM. Capitals, spaces and dashes don't matter.`}
          />
          <Field
            name="displayName"
            label="Your name for the class"
            required
            maxLength={DISPLAY_NAME_MAX}
            defaultValue={query.name}
            autoComplete="nickname"
            hint={`1 to ${DISPLAY_NAME_MAX} characters, for example your first name and the initial of your last name.`}
          />
          <Button>Join the class</Button>
        </form>
      </section>
      <p>
        Already joined on another device?{" "}
        <Link href={routes.studentSignIn()} className={linkClass}>
          Sign in with your personal code
        </Link>
      </p>
    </div>
  );
}
