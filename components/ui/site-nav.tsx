import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SessionUser } from "@/lib/accounts/sessions";

// Short labels and tight padding keep the whole navigation on one row from 360 px; narrower, it wraps.
const linkClass =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded px-1.5 sm:px-3 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white";

/** `user`: who is signed in (the layout reads the session), or null. */
export async function SiteNav({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("common.nav");
  const links = [
    { href: "/", label: t("units"), short: t("units") },
    { href: "/progress", label: t("progress"), short: t("progressShort") },
    ...(user?.role === "teacher" ? [] : [{ href: "/join", label: t("join"), short: t("joinShort") }]),
    { href: "/teacher", label: t("teachers"), short: t("teachers") },
  ];
  const signedIn = user && user.role !== "guest";
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap items-center gap-0.5 text-sm sm:gap-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false} className={linkClass}>
              {l.short === l.label ? (
                l.label
              ) : (
                <>
                  <span className="sm:hidden">{l.short}</span>
                  <span className="hidden sm:inline">{l.label}</span>
                </>
              )}
            </Link>
          </li>
        ))}
        <li>
          {signedIn ? (
            <form action="/api/auth/signout" method="post" className="flex items-center gap-1">
              <span className="hidden px-2 text-stone-600 sm:inline dark:text-stone-400">
                {user.displayName ?? user.email}
              </span>
              <button type="submit" className={`${linkClass} cursor-pointer underline-offset-2 hover:underline`}>
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/signin" prefetch={false} className={linkClass}>
              {t("signIn")}
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
