import Link from "next/link";

/** `logo`: the institute's logo's address (/staff/settings), shown before its name. */
export function SiteHeader({ instituteName, logo = null }: { instituteName: string; logo?: string | null }) {
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:block focus:bg-ink focus:px-4 focus:py-3 focus:text-paper focus:underline"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:gap-6 sm:px-8">
        <Link href="/" className="group flex min-w-0 items-center gap-3 no-underline">
          {logo ? (
            // The name follows in words: the logo says nothing more to a screen reader.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logo} alt="" className="h-7 w-auto max-w-[4.5rem] shrink-0 object-contain sm:h-10 sm:max-w-[12rem]" />
          ) : null}
          <span className="min-w-0 font-serif text-lg leading-tight font-semibold tracking-tight text-ink [overflow-wrap:anywhere] sm:text-xl">{instituteName}</span>
          <span aria-hidden="true" className="hidden h-4 w-px bg-line sm:inline-block" />
          <span className="hidden text-xs font-medium uppercase tracking-[0.18em] text-muted sm:inline">Events</span>
        </Link>
        <nav aria-label="Main" className="shrink-0">
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
