"use client";

import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { isLocale, localizePath } from "@/lib/i18n/locales";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/** next/link in the page's language: an app path ("/units/x") gets the page's prefix ("/sq/units/x"). */
export function Link({ href, ...props }: Props) {
  const locale = useLocale();
  return <NextLink href={isLocale(locale) ? localizePath(locale, href) : href} {...props} />;
}
