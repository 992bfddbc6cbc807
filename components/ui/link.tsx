import type { ComponentProps } from "react";
import NextLink from "next/link";
import { ExternalLink } from "@/components/icons/lucide";
import { cn } from "./cn";

const tones = {
  accent: "text-accent decoration-accent/45 hover:decoration-accent",
  ink: "text-ink decoration-ink/35 hover:decoration-ink",
  muted: "text-muted decoration-muted/40 hover:text-ink hover:decoration-ink",
} as const;

export type LinkProps = ComponentProps<typeof NextLink> & {
  tone?: keyof typeof tones;
  /** Opens in a new tab, with an icon and "(opens in a new tab)" for screen readers. */
  external?: boolean;
};

/** A text link: underlined, accent by default. Wraps next/link. */
export function Link({ className, tone = "accent", external = false, children, ...props }: LinkProps) {
  return (
    <NextLink
      className={cn(
        "rounded-[2px] underline decoration-1 underline-offset-[0.2em] transition-[text-decoration-color,color] duration-150 hover:decoration-2",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
        tones[tone],
        className,
      )}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : null)}
      {...props}
    >
      {children}
      {external ? (
        <>
          <ExternalLink aria-hidden="true" className="ml-0.5 inline size-3.5 align-[-0.125em]" />
          <span className="sr-only"> (opens in a new tab)</span>
        </>
      ) : null}
    </NextLink>
  );
}
