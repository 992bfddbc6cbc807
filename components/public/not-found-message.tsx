import Link from "next/link";

/** What every "not found" page says, inside whichever frame the page has. */
export function NotFoundMessage({ href = "/", action = "See upcoming events", children }: { href?: string; action?: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-1 items-center justify-center px-5 py-20">
      <div className="max-w-md text-center">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Error 404</p>
        <h1 className="mt-3 font-serif text-4xl text-ink">We could not find that page</h1>
        <p className="mt-4 leading-relaxed text-muted">
          {children ?? "The event may have moved, or the address may be mistyped. Upcoming events and recaps of past ones are listed on the events page."}
        </p>
        <p className="mt-8">
          <Link href={href} className="inline-flex min-h-11 items-center rounded-md bg-ink px-5 font-medium text-paper hover:bg-ink-soft">
            {action}
          </Link>
        </p>
      </div>
    </div>
  );
}
