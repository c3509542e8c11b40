import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/ui/client-messages";
import { LanguageAlternates, LanguageSwitcher } from "@/components/ui/language-switcher";
import { Link } from "@/lib/i18n/navigation";
import { SiteNav } from "@/components/ui/site-nav";
import { currentUser } from "@/lib/http/session";
import { htmlLang } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

// The languages, one root layout each: next-intl's proxy maps /sq/… and /sr/… to their [locale]
// ("sq", "sr-Latn") and the unprefixed paths to "en".
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "common",
  });
  return {
    title: { default: "Eventline", template: "%s · Eventline" },
    description: t("description"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Every page is rendered per request: Next.js gives its scripts that request's CSP nonce (proxy.ts).
  await connection();
  const [t, user] = await Promise.all([getTranslations("common"), currentUser()]);
  return (
    <html lang={htmlLang(locale)}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-900 dark:text-stone-100">
        {/* Client components get the page's language and the common strings; an island that needs
            more wraps itself in <ClientMessages namespaces={[...]}>. */}
        <ClientMessages namespaces={[]}>
          <LanguageAlternates />
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-blue-800"
          >
            {t("skipToContent")}
          </a>
          <header className="no-print border-b border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-950">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
              <Link
                href="/"
                prefetch={false}
                className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight"
              >
                Eventline
              </Link>
              <div className="flex flex-wrap items-center justify-end gap-0.5">
                <SiteNav user={user} />
                <LanguageSwitcher />
              </div>
            </div>
          </header>
          <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
