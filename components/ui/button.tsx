import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const buttonVariants = cva(
  [
    "inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-sm border font-medium",
    "transition-colors duration-150 select-none",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
    "disabled:cursor-not-allowed aria-disabled:pointer-events-none",
    "[&_svg]:pointer-events-none [&_svg]:shrink-0",
  ],
  {
    variants: {
      variant: {
        primary: [
          "border-ink bg-ink text-paper shadow-card hover:border-ink-soft hover:bg-ink-soft",
          "disabled:border-surface-sunken disabled:bg-surface-sunken disabled:text-muted disabled:shadow-none",
          "aria-disabled:border-surface-sunken aria-disabled:bg-surface-sunken aria-disabled:text-muted",
        ],
        accent: [
          "border-accent bg-accent text-paper shadow-card hover:border-accent-hover hover:bg-accent-hover",
          "disabled:border-surface-sunken disabled:bg-surface-sunken disabled:text-muted disabled:shadow-none",
          "aria-disabled:border-surface-sunken aria-disabled:bg-surface-sunken aria-disabled:text-muted",
        ],
        secondary: [
          "border-line-strong bg-paper text-ink hover:border-ink hover:bg-surface",
          "disabled:border-line disabled:bg-paper disabled:text-subtle",
          "aria-disabled:border-line aria-disabled:text-subtle",
        ],
        ghost: [
          "border-transparent bg-transparent text-ink hover:bg-surface-sunken",
          "disabled:text-subtle disabled:hover:bg-transparent aria-disabled:text-subtle",
        ],
        // A destructive action that opens a confirmation: it looks destructive, not like its harmless neighbours.
        "danger-outline": [
          "border-danger bg-paper text-danger hover:bg-danger-tint",
          "focus-visible:outline-danger",
          "disabled:border-line disabled:bg-paper disabled:text-subtle",
          "aria-disabled:border-line aria-disabled:text-subtle",
        ],
        danger: [
          "border-danger bg-danger text-paper shadow-card hover:border-danger-hover hover:bg-danger-hover",
          "focus-visible:outline-danger",
          "disabled:border-surface-sunken disabled:bg-surface-sunken disabled:text-muted disabled:shadow-none",
          "aria-disabled:border-surface-sunken aria-disabled:bg-surface-sunken aria-disabled:text-muted",
        ],
      },
      size: {
        sm: "h-8 px-3 text-[13px] [&_svg]:size-4",
        md: "h-10 px-4 text-sm [&_svg]:size-4",
        lg: "h-14 px-8 text-base tracking-[0.01em] [&_svg]:size-5",
        icon: "size-10 p-0 [&_svg]:size-5",
        "icon-sm": "size-8 p-0 [&_svg]:size-4",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

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
