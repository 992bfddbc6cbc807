import type { ComponentProps, ReactNode } from "react";
import { CircleAlert } from "@/components/icons/lucide";
import { cn } from "./cn";

/** Ids used for a control's hint and error, derived from the control's id. */
export function fieldHintId(id: string): string {
  return `${id}-hint`;
}
export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

/**
 * Props for the control inside a Field: id, aria-describedby (hint + error), aria-invalid, required.
 * `<Input {...fieldControlProps({ id: "email", hint, error })} />`
 */
export function fieldControlProps({
  id,
  hint,
  error,
  required,
}: {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
}): FieldControlProps {
  const describedBy = [hint ? fieldHintId(id) : null, error ? fieldErrorId(id) : null].filter(Boolean).join(" ");
  return {
    id,
    ...(describedBy ? { "aria-describedby": describedBy } : null),
    ...(error ? { "aria-invalid": true as const } : null),
    ...(required ? { required: true } : null),
  };
}

export type FieldProps = Omit<ComponentProps<"div">, "children"> & {
  label: ReactNode;
  /** The control's id. */
  htmlFor: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** Show "(optional)" after the label instead of marking required fields. */
  optional?: boolean;
  /** The control, or a function receiving the props to spread on it. */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
};

/**
 * Label above the control, hint under it, error in words with an icon.
 * Pass a render function as children to get id/aria-describedby/aria-invalid/required wired:
 * `<Field label="Email" htmlFor="email" error={e}>{(p) => <Input type="email" name="email" {...p} />}</Field>`
 */
export function Field({ label, htmlFor, hint, error, required, optional, className, children, ...props }: FieldProps) {
  const control =
    typeof children === "function" ? children(fieldControlProps({ id: htmlFor, hint, error, required })) : children;
  return (
    <div className={cn("flex flex-col gap-1.5", className)} {...props}>
      <label htmlFor={htmlFor} className="text-sm font-medium leading-5 text-ink">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-danger">
            *
          </span>
        ) : null}
        {optional ? <span className="ml-1.5 font-normal text-muted">(optional)</span> : null}
      </label>
      {control}
      {hint ? <FieldHint id={fieldHintId(htmlFor)}>{hint}</FieldHint> : null}
      {error ? <FieldError id={fieldErrorId(htmlFor)}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-[13px] leading-5 text-muted", className)} {...props} />;
}

export function FieldError({ className, children, ...props }: ComponentProps<"p">) {
  return (
    <p className={cn("flex items-start gap-1.5 text-[13px] font-medium leading-5 text-danger", className)} {...props}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

export type ErrorSummaryProps = Omit<ComponentProps<"div">, "title"> & {
  title?: ReactNode;
  /** `href` is "#" + the failing control's id. */
  errors: { href: string; message: ReactNode }[];
};

/** Errors summarised at the top of a form after submit; each links to its field. Renders nothing when empty. */
export function ErrorSummary({ title = "Please correct the following", errors, className, ...props }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      className={cn("rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-4", className)}
      {...props}
    >
      <p className="flex items-center gap-2 text-sm font-semibold text-danger">
        <CircleAlert aria-hidden="true" className="size-4" />
        {title}
      </p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-10 text-sm text-danger marker:text-danger">
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href} className="underline underline-offset-2 hover:decoration-2">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
