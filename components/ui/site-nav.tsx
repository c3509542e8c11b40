import Link from "next/link";
import { currentUser } from "@/lib/http/session";

// Short labels and tight padding on a phone keep the whole navigation on one row.
const linkClass =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded px-1.5 sm:px-3 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white";

export async function SiteNav() {
  const user = await currentUser();
  const links = [
    { href: "/", label: "Units", short: "Units" },
    { href: "/progress", label: "My progress", short: "Progress" },
    ...(user?.role === "teacher" ? [] : [{ href: "/join", label: "Join a class", short: "Join" }]),
    { href: "/teacher", label: "Teachers", short: "Teachers" },
  ];
  const signedIn = user && user.role !== "guest";
  return (
    <nav aria-label="Main">
      <ul className="flex flex-nowrap items-center gap-0.5 text-sm sm:gap-1">
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
              <span className="hidden px-2 text-stone-600 sm:inline dark:text-stone-400">{user.displayName ?? user.email}</span>
              <button type="submit" className={`${linkClass} cursor-pointer underline-offset-2 hover:underline`}>
                Sign out
              </button>
            </form>
          ) : (
            <Link href="/signin" prefetch={false} className={linkClass}>
              Sign in
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
