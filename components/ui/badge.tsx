import type { ComponentProps } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

// Each class is written out once in app/globals.css ("A badge"): a page with
// many badges carries two short classes on each, not their twenty utilities.
// The icon's size stays a utility: it beats an icon's own size class.
export const badgeVariants = cva("badge [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:-ml-0.5", {
  variants: {
    variant: {
      neutral: "badge-neutral",
      accent: "badge-accent",
      success: "badge-success",
      warning: "badge-warning",
      danger: "badge-danger",
      outline: "badge-outline",
    },
  },
  defaultVariants: { variant: "neutral" },
});

export type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>["variant"]>;

export type BadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

/** Small caps label. Never rely on its colour alone: the words carry the meaning. */
export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
