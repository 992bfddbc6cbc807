export function SiteFooter({ instituteName, postalAddress, logo = null }: { instituteName: string; postalAddress: string; logo?: string | null }) {
  return (
    <footer className="mt-24 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-5 py-10 text-sm text-muted sm:flex-row sm:items-end sm:justify-between sm:px-8">
        <div>
          {logo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logo} alt="" className="mb-2 h-8 w-auto max-w-[10rem] object-contain" />
          ) : null}
          <p className="font-serif text-base text-ink">{instituteName}</p>
          <p>{postalAddress}</p>
        </div>
        <p>
          <a href="/events.ics" className="underline underline-offset-4 hover:text-ink">
            Add upcoming events to your calendar
          </a>
        </p>
      </div>
    </footer>
  );
}
