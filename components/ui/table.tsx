import type { ComponentProps, ReactNode } from "react";
import NextLink from "next/link";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "@/components/icons/lucide";
import { cn } from "./cn";

export type TableProps = ComponentProps<"table"> & {
  /** Header stays put while the body scrolls; the wrapper becomes the scroll box (cap its height with `wrapperClassName`, default 70vh). */
  stickyHeader?: boolean;
  /** Names the scroll region for screen readers and makes it keyboard-scrollable. */
  label?: string;
  wrapperClassName?: string;
  /**
   * Below 45rem (720 px) each row becomes a card (globals.css, `.table-cards`):
   * mark the cells with `TD card="title" | "action" | "hide"` and give the others a `label`.
   */
  cards?: boolean;
};

/** Dense staff table; on a phone its rows become cards (`cards`) or the table scrolls inside its own frame. */
export function Table({ stickyHeader = false, cards = false, label, wrapperClassName, className, ...props }: TableProps) {
  return (
    <div
      {...(label ? { role: "region", "aria-label": label, tabIndex: 0 } : null)}
      className={cn(
        "relative w-full overflow-x-auto rounded-md border border-line bg-paper",
        // A list that becomes cards on a phone runs the page's full length on a tablet too, rather than in a box of its own.
        stickyHeader && (cards ? "lg:max-h-[70vh] lg:overflow-y-auto" : "max-h-[70vh] overflow-y-auto"),
        cards && "table-cards",
        wrapperClassName,
      )}
    >
      <table
        className={cn(
          "w-full border-separate border-spacing-0 text-left text-sm text-ink tabular-nums",
          stickyHeader && "[&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:z-10",
          className,
        )}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn(className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&>tr:last-child>td]:border-b-0", className)} {...props} />;
}

/** A row's classes, for rows written as HTML outside React (the guest list's). */
export const trClassName = (className?: string) => cn("transition-colors duration-100 [tbody>&]:hover:bg-surface aria-selected:bg-accent-tint/60", className);

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={trClassName(className)} {...props} />;
}

type Align = "left" | "right" | "center";
const alignClass: Record<Align, string> = { left: "text-left", right: "text-right", center: "text-center" };

export type SortDirection = "ascending" | "descending" | "none";

export type THProps = ComponentProps<"th"> & {
  align?: Align;
  /** Makes the column sortable; "none" means sortable but not currently sorted. Sets aria-sort. */
  sort?: SortDirection;
  /** Where clicking the header goes (e.g. `?sort=name&dir=asc`). Server-rendered sorting, no JS. */
  sortHref?: string;
};

function SortIcon({ sort }: { sort: SortDirection }) {
  const Icon = sort === "ascending" ? ArrowUp : sort === "descending" ? ArrowDown : ChevronsUpDown;
  return (
    <Icon
      aria-hidden="true"
      className={cn("size-4 shrink-0", sort === "none" ? "text-subtle opacity-70 group-hover:opacity-100" : "text-ink")}
    />
  );
}

export function TH({ align = "left", sort, sortHref, scope = "col", className, children, ...props }: THProps) {
  let content: ReactNode = children;
  if (sort && sortHref) {
    content = (
      <NextLink
        href={sortHref}
        scroll={false}
        className={cn(
          "group -mx-1 inline-flex items-center gap-1 rounded-[2px] px-1 py-0.5 hover:text-ink",
          align === "right" && "flex-row-reverse",
          "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent",
        )}
      >
        {children}
        <SortIcon sort={sort} />
      </NextLink>
    );
  } else if (sort) {
    content = (
      <span className={cn("inline-flex items-center gap-1", align === "right" && "flex-row-reverse")}>
        {children}
        {sort !== "none" ? <SortIcon sort={sort} /> : null}
      </span>
    );
  }
  return (
    <th
      scope={scope}
      aria-sort={sort && sort !== "none" ? sort : undefined}
      className={cn(
        "h-9 border-b border-line bg-surface px-3 align-middle whitespace-nowrap",
        "text-[11px] font-semibold uppercase tracking-[0.06em] text-muted",
        sort && sort !== "none" && "text-ink",
        alignClass[align],
        className,
      )}
      {...props}
    >
      {content}
    </th>
  );
}

export type TDProps = ComponentProps<"td"> & {
  align?: Align;
  /** In a `cards` table on a phone: the card's heading, its action (at the foot), or left out. */
  card?: "title" | "action" | "hide";
  /** In a `cards` table on a phone: the words shown before the value (the column's heading, or shorter). */
  label?: string;
};

/** A cell's classes, for rows written as HTML outside React (the guest list's). */
export const tdClassName = (align: Align = "left", className?: string) => cn("border-b border-line px-3 py-2 align-middle", alignClass[align], className);

export function TD({ align = "left", card, label, className, ...props }: TDProps) {
  return <td data-card={card} data-label={label} className={tdClassName(align, className)} {...props} />;
}
