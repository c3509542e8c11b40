import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces, type Messages } from "@/lib/i18n/messages";

/** The "common" strings client components use (error and not-found panels); the rest are server-only. */
export const CLIENT_COMMON = ["common.error", "common.notFound", "common.unitPages"];

/**
 * Gives the client components below it the catalogues they use (plus CLIENT_COMMON), and no
 * others: a page ships the strings of its islands, not every string of the app.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = (await getMessages()) as Record<string, Messages>;
  return (
    <NextIntlClientProvider messages={pickNamespaces(all, [...CLIENT_COMMON, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
