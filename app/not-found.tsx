import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-surface px-5">
      <div className="max-w-md text-center">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Error 404</p>
        <h1 className="mt-3 font-serif text-4xl text-ink">We could not find that page</h1>
        <p className="mt-4 leading-relaxed text-muted">
          The event may have moved, or the address may be mistyped. Upcoming events and recaps of past ones are listed on the
          events page.
        </p>
        <p className="mt-8">
          <Link href="/" className="inline-flex min-h-11 items-center rounded-md bg-ink px-5 font-medium text-paper hover:bg-ink-soft">
            See upcoming events
          </Link>
        </p>
      </div>
    </main>
  );
}
