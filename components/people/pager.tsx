import NextLink from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui";

const number = new Intl.NumberFormat("en-GB");

/** "51–100 of 1,234" with previous and next links that keep the search. */
export function Pager({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p aria-live="polite">
        {first > last ? "No one on this page" : `${number.format(first)}–${number.format(last)}`} of {number.format(total)} · page {number.format(page)} of {number.format(pages)}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="secondary" size="sm">
            <NextLink href={href(Math.min(page - 1, pages))} rel="prev">
              <ChevronLeft aria-hidden="true" />
              Previous
            </NextLink>
          </Button>
        ) : null}
        {page < pages ? (
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
