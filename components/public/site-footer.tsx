export function SiteFooter({ instituteName, postalAddress }: { instituteName: string; postalAddress: string }) {
  return (
    <footer className="mt-24 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-5 py-10 text-sm text-muted sm:flex-row sm:items-end sm:justify-between sm:px-8">
        <div>
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
