import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

// Each class is written out once in app/globals.css ("A button"): a page
// carries three short classes on each button, not their forty utilities.
// The icon's size stays a utility here: it beats an icon's own size class,
// and a caller's `[&_svg]:size-…` replaces it (cn merges them).
export const buttonVariants = cva("btn [&_svg]:pointer-events-none [&_svg]:shrink-0", {
  variants: {
    variant: {
      primary: "btn-primary",
      accent: "btn-accent",
      secondary: "btn-secondary",
      ghost: "btn-ghost",
      // A destructive action that opens a confirmation: it looks destructive, not like its harmless neighbours.
      "danger-outline": "btn-danger-outline",
      danger: "btn-danger",
    },
    size: {
      sm: "btn-sm [&_svg]:size-4",
      md: "btn-md [&_svg]:size-4",
      lg: "btn-lg [&_svg]:size-5",
      icon: "btn-icon [&_svg]:size-5",
      "icon-sm": "btn-icon-sm [&_svg]:size-4",
    },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

export type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child (e.g. a Next `<Link>`) with button styles instead of a `<button>`. */
    asChild?: boolean;
  };

/**
 * Button. No JavaScript of its own; safe in server components.
 * `lg` is for guest-page choices ("Accept" / "Decline"). Icon-only sizes need an `aria-label`.
 */
export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return <Comp className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
