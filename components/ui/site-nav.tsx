import Link from "next/link";
import { currentUser } from "@/lib/http/session";

const linkClass =
  "inline-flex min-h-11 items-center rounded px-3 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white";

export async function SiteNav() {
  const user = await currentUser();
  const links = [
    { href: "/", label: "Units" },
    { href: "/progress", label: "My progress" },
    ...(user?.role === "teacher" ? [] : [{ href: "/join", label: "Join a class" }]),
    { href: "/teacher", label: "Teachers" },
  ];
  const signedIn = user && user.role !== "guest";
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={linkClass}>
              {l.label}
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
            <Link href="/signin" className={linkClass}>
              Sign in
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
