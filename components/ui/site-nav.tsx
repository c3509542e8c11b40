import Link from "next/link";

const links = [
  { href: "/", label: "Units" },
  { href: "/progress", label: "My progress" },
  { href: "/join", label: "Join a class" },
  { href: "/teacher", label: "Teachers" },
];

export function SiteNav() {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="inline-flex min-h-11 items-center rounded px-3 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
