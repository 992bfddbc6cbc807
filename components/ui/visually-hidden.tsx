import type { ComponentProps } from "react";
import { cn } from "./cn";

type HiddenTag = "span" | "div" | "p" | "h1" | "h2" | "h3" | "label" | "caption";

export type VisuallyHiddenProps = ComponentProps<"span"> & { as?: HiddenTag };

/** Present for screen readers, invisible on screen. */
export function VisuallyHidden({ as: Tag = "span", className, ...props }: VisuallyHiddenProps) {
  const Comp = Tag as "span";
  return <Comp className={cn("sr-only", className)} {...props} />;
}

export type SkipLinkProps = ComponentProps<"a">;

/** "Skip to content" link: hidden until focused. Point `href` at the main landmark's id. */
export function SkipLink({ className, href = "#main", children = "Skip to content", ...props }: SkipLinkProps) {
  return (
    <a
      href={href}
      className={cn(
        "sr-only focus:not-sr-only focus:block focus:bg-ink focus:px-4 focus:py-3 focus:text-sm focus:font-medium focus:text-paper focus:underline",
        className,
      )}
      {...props}
    >
      {children}
    </a>
  );
}
