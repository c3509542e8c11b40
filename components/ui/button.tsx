import { Link } from "@/lib/i18n/navigation";
import type { ComponentProps } from "react";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "@/components/ui/styles";

export type ButtonVariant = "primary" | "secondary" | "danger";

const variants: Record<ButtonVariant, string> = { primary: buttonClass, secondary: secondaryButtonClass, danger: dangerButtonClass };

export function buttonStyle(variant: ButtonVariant = "primary", className = ""): string {
  return className ? `${variants[variant]} ${className}` : variants[variant];
}

/** A button; `type` defaults to "submit", as most of the app's buttons send a form. */
export function Button({ variant, className, type = "submit", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonStyle(variant, className)} {...props} />;
}

/** A link that looks like a button (a next step, not an action). Prefetched on intent only. */
export function LinkButton({ variant, className, prefetch = false, ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant; prefetch?: boolean }) {
  return <Link prefetch={prefetch} className={buttonStyle(variant, className)} {...props} />;
}
