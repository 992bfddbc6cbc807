import { Children, cloneElement, isValidElement, type ComponentProps, type CSSProperties, type ReactElement } from "react";
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
  const classes = cn(buttonVariants({ variant, size }), className);
  if (asChild) {
    const { children, ...slot } = props;
    return withButtonProps(Children.only(children), { ...slot, className: classes });
  }
  return <button className={classes} {...props} />;
}

type ChildProps = Record<string, unknown> & { className?: string; style?: CSSProperties };

/**
 * `asChild`: the one child, given the button's props, as Radix's Slot gives
 * them (the child's own win, classes joined, styles merged, handlers both
 * called), without Slot: a plain element here, not a component of its own
 * that every staff page's toolbar would render, and serialise in the page's
 * payload, once a button.
 */
function withButtonProps(child: unknown, slot: Omit<ButtonProps, "children">) {
  if (!isValidElement<ChildProps>(child)) throw new Error("Button asChild needs one element as its child.");
  const own = child.props;
  const merged: ChildProps = { ...slot, ...own };
  for (const [key, value] of Object.entries(slot)) {
    const theirs = own[key];
    if (/^on[A-Z]/.test(key) && typeof value === "function" && typeof theirs === "function") {
      merged[key] = (...args: unknown[]) => {
        const result = (theirs as (...a: unknown[]) => unknown)(...args);
        (value as (...a: unknown[]) => unknown)(...args);
        return result;
      };
    }
  }
  merged.className = cn(slot.className, own.className);
  if (slot.style || own.style) merged.style = { ...slot.style, ...own.style };
  return cloneElement(child as ReactElement<ChildProps>, merged);
}
