import type { ComponentProps, ReactNode } from "react";
import NextLink from "next/link";
import { cn } from "./cn";

export type LinkTabItem = {
  href: string;
  label: ReactNode;
  active?: boolean;
  /** Optional count shown after the label, e.g. guests. */
  count?: number;
};

export type LinkTabsProps = Omit<ComponentProps<"nav">, "children"> & {
  items: LinkTabItem[];
  /** Accessible name of the nav, e.g. "Event sections". */
  label: string;
};

/** Server-rendered section nav whose tabs are links; the active one has aria-current="page". */
export function LinkTabs({ items, label, className, ...props }: LinkTabsProps) {
  return (
    <nav aria-label={label} className={cn("w-full", className)} {...props}>
      <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 shadow-[inset_0_-1px_0_var(--color-line)] [scrollbar-width:none] sm:gap-4">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <NextLink
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "inline-flex h-11 items-center gap-2 border-b-2 border-transparent px-2 text-sm font-medium text-muted",
                "transition-colors duration-150 hover:border-line-strong hover:text-ink",
                "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent",
                "aria-[current=page]:border-ink aria-[current=page]:text-ink",
              )}
            >
              {item.label}
              {item.count !== undefined ? (
                <span className="rounded-sm bg-surface-sunken px-1.5 py-0.5 text-[11px] font-semibold leading-none tabular-nums text-muted">
                  {item.count}
                </span>
              ) : null}
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
