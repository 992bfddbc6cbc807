import type { ComponentProps, ReactNode } from "react";
import type { LucideIcon } from "@/components/icons/lucide";
import { cn } from "./cn";

export type EmptyStateProps = Omit<ComponentProps<"div">, "title"> & {
  icon?: LucideIcon;
  title: ReactNode;
  /** Say what to do next: "Add from the directory or import a CSV." */
  description?: ReactNode;
  /** A button or two. */
  action?: ReactNode;
  headingLevel?: "h2" | "h3" | "h4";
};

/** What an empty list says, and the next step. */
export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  headingLevel: Heading = "h3",
  className,
  children,
  ...props
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-md border border-dashed border-line-strong/50 bg-surface px-6 py-12 text-center",
        className,
      )}
      {...props}
    >
      {Icon ? (
        <span className="mb-4 flex size-10 items-center justify-center rounded-full border border-line bg-paper text-muted shadow-card">
          <Icon aria-hidden="true" className="size-5" />
        </span>
      ) : null}
      <Heading className="text-base leading-6 font-semibold text-ink">{title}</Heading>
      {description ? <p className="mt-1 max-w-md text-sm leading-6 text-muted">{description}</p> : null}
      {children}
      {action ? <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{action}</div> : null}
    </div>
  );
}
