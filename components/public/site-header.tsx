import Link from "next/link";

export function SiteHeader({ instituteName }: { instituteName: string }) {
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:block focus:bg-ink focus:px-4 focus:py-3 focus:text-paper focus:underline"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-6 px-5 py-4 sm:px-8">
        <Link href="/" className="group flex items-baseline gap-3 no-underline">
          <span className="font-serif text-lg font-semibold tracking-tight text-ink sm:text-xl">{instituteName}</span>
          <span aria-hidden="true" className="hidden h-4 w-px bg-line sm:inline-block" />
          <span className="hidden text-xs font-medium uppercase tracking-[0.18em] text-muted sm:inline">Events</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-5 text-sm">
            <li>
              <Link href="/events" className="font-medium text-ink underline-offset-4 hover:underline">
                All events
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
