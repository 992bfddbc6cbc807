import type { ComponentProps } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const badgeVariants = cva(
  [
    "inline-flex h-6 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-sm border px-2",
    "text-[11px] font-semibold uppercase leading-none tracking-[0.06em]",
    "[&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:-ml-0.5",
  ],
  {
    variants: {
      variant: {
        neutral: "border-line bg-surface-sunken text-muted",
        accent: "border-accent/20 bg-accent-tint text-accent-ink",
        success: "border-success/20 bg-success-tint text-success",
        warning: "border-warning/25 bg-warning-tint text-warning",
        danger: "border-danger/20 bg-danger-tint text-danger",
        outline: "border-line-strong bg-transparent text-ink",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

export type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>["variant"]>;

export type BadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

/** Small caps label. Never rely on its colour alone: the words carry the meaning. */
export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
