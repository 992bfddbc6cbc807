import NextLink from "next/link";
import { ChevronLeft, ChevronRight } from "@/components/icons/lucide";
import { Button } from "@/components/ui";

const number = new Intl.NumberFormat("en-GB");

/**
 * "51–100 of 1,234" with previous and next links that keep the search. A
 * count that stopped at its cap (`more`) reads "of more than 1,000", and the
 * next link then follows `hasNext` (the page asked for one row past it).
 */
export function Pager({
  page,
  pageSize,
  total,
  href,
  more = false,
  hasNext,
  shown,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  more?: boolean;
  hasNext?: boolean;
  /** Rows on this page, when the count stopped at its cap. */
  shown?: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = more ? (page - 1) * pageSize + (shown ?? pageSize) : Math.min(total, page * pageSize);
  const range = total === 0 || first > last ? "No one on this page" : `${number.format(first)}–${number.format(last)}`;
  const next = more ? (hasNext ?? true) : page < pages;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p aria-live="polite">{more ? `${range} of more than ${number.format(total)} · page ${number.format(page)}` : `${range} of ${number.format(total)} · page ${number.format(page)} of ${number.format(pages)}`}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="secondary" size="sm">
            <NextLink href={href(more ? page - 1 : Math.min(page - 1, pages))} rel="prev">
              <ChevronLeft aria-hidden="true" />
              Previous
            </NextLink>
          </Button>
        ) : null}
        {next ? (
          <Button asChild variant="secondary" size="sm">
            <NextLink href={href(page + 1)} rel="next">
              Next
              <ChevronRight aria-hidden="true" />
            </NextLink>
          </Button>
        ) : null}
      </div>
    </nav>
  );
}
