import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A quiet panel: 1px line border, 6px radius, barely-there shadow. */
export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-col rounded-md border border-line bg-paper text-ink shadow-card", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-header" className={cn("flex flex-col gap-1 p-4 sm:p-6", className)} {...props} />;
}

export type CardTitleProps = ComponentProps<"h2"> & {
  as?: "h1" | "h2" | "h3" | "h4";
  /** Serif, for public and guest pages. */
  serif?: boolean;
};

export function CardTitle({ as: Tag = "h3", serif = false, className, ...props }: CardTitleProps) {
  return (
    <Tag
      className={cn(
        serif
          ? "font-serif text-2xl font-normal leading-tight tracking-[-0.01em]"
          : "text-base font-semibold leading-6 tracking-[-0.005em]",
        "text-ink",
        className,
      )}
      {...props}
    />
  );
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm leading-5 text-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-content" className={cn("p-4 sm:p-6 [[data-slot=card-header]+&]:pt-0", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "mt-auto flex flex-wrap items-center gap-3 rounded-b-md border-t border-line bg-surface px-4 py-3 sm:px-6",
        className,
      )}
      {...props}
    />
  );
}
