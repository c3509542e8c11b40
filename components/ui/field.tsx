import type { ComponentProps, ReactNode } from "react";
import { hintClass, inputClass, labelClass } from "@/components/ui/styles";

type FieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The schema's own limit (e.g. DISPLAY_NAME_MAX), so the form and the server agree. */
  maxLength: number;
};

/** A labelled text input with an optional hint, tied together for screen readers. */
export function Field({ name, label, hint, className, ...input }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-describedby={hintId}
        className={className ? `${inputClass} ${className}` : inputClass}
        {...input}
      />
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}
