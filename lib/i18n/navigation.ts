import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";

// Links, redirects and paths in the page's language: give them the app path from lib/routes.ts
// ("/units/x"), they add the language's prefix ("/sq/units/x"; none for English).
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
