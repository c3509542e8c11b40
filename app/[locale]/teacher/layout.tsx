import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

// The teachers' error boundary (app/[locale]/teacher/error.tsx) is a client component rendered inside this
// layout: it gets the common catalogue and its own two sentences, not the whole teacher catalogue.
export default async function TeacherLayout({ children }: { children: ReactNode }) {
  const all = (await getMessages()) as Record<string, Messages>;
  const teacher = all.teacher as Messages | undefined;
  const messages = { common: all.common ?? {}, teacher: { error: teacher?.error ?? {} } };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
