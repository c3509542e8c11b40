import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/ui/site-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Eventline", template: "%s · Eventline" },
  description: "Read a chain of current events on a sourced timeline, then check what you understood.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-900 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-blue-800"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-950">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <Link href="/" prefetch={false} className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight">
              Eventline
            </Link>
            <SiteNav />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
