import { useId, type ComponentProps, type ReactNode } from "react";
import { Check } from "@/components/icons/lucide";
import { cn } from "./cn";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label: ReactNode;
  /** A line of help under the label, linked with aria-describedby. */
  description?: ReactNode;
  /** Classes for the outer <label>. `className` goes on the <input>. */
  labelClassName?: string;
};

/** Native checkbox with its label; the whole label is the (≥ 24 px) target. No JavaScript. */
export function Checkbox({ label, description, id, className, labelClassName, ...props }: CheckboxProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const descId = description ? `${inputId}-description` : undefined;
  const describedBy = [props["aria-describedby"], descId].filter(Boolean).join(" ") || undefined;
  return (
    <label
      htmlFor={inputId}
      className={cn(
        "group inline-flex min-h-6 items-start gap-3 py-0.5 text-sm leading-5 text-ink has-disabled:cursor-not-allowed has-disabled:text-subtle",
        labelClassName,
      )}
    >
      <span className="relative mt-px flex size-[18px] shrink-0">
        <input
          type="checkbox"
          id={inputId}
          className={cn(
            "peer size-[18px] shrink-0 appearance-none rounded-[3px] border border-line-strong bg-paper shadow-[inset_0_1px_1px_rgb(20_33_61/0.05)]",
            "transition-colors duration-150 hover:border-ink checked:border-ink checked:bg-ink",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
            "aria-invalid:border-danger disabled:border-line disabled:bg-surface-sunken disabled:checked:bg-line-strong",
            "forced-colors:appearance-auto",
            className,
          )}
          {...props}
          aria-describedby={describedBy}
        />
        <Check
          aria-hidden="true"
          strokeWidth={3}
          className="pointer-events-none absolute inset-0 m-auto size-3.5 text-paper opacity-0 peer-checked:opacity-100 forced-colors:hidden"
        />
      </span>
      <span className="flex flex-col">
        <span>{label}</span>
        {description ? (
          <span id={descId} className="text-[13px] text-muted group-has-disabled:text-subtle">
            {description}
          </span>
        ) : null}
      </span>
    </label>
  );
}
