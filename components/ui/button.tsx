import type { ComponentProps } from "react";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "@/components/ui/styles";

export type ButtonVariant = "primary" | "secondary" | "danger";

const variants: Record<ButtonVariant, string> = {
  primary: buttonClass,
  secondary: secondaryButtonClass,
  danger: dangerButtonClass,
};

function buttonStyle(variant: ButtonVariant = "primary", className = ""): string {
  return className ? `${variants[variant]} ${className}` : variants[variant];
}

/** A button; `type` defaults to "submit", as most of the app's buttons send a form. */
export function Button({
  variant,
  className,
  type = "submit",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonStyle(variant, className)} {...props} />;
}
