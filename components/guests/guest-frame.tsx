import type { Institute } from "@/lib/settings/institute";

/**
 * A guest's pages: no navigation chrome, the institute's name above a single
 * card, like a printed invitation. `logoSrc`: the institute's logo, when it has one.
 */
export function GuestFrame({ institute, logoSrc, children }: { institute: Pick<Institute, "name" | "postalAddress">; logoSrc: string | null; children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-surface">
      <header className="px-5 pt-8 text-center sm:pt-12">
        {logoSrc ? (
          // The name follows in words.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={logoSrc} alt="" className="mx-auto mb-3 h-10 w-auto max-w-[12rem] object-contain" />
        ) : null}
        <p className="font-serif text-lg tracking-[0.04em] text-ink">{institute.name}</p>
        <div aria-hidden="true" className="mx-auto mt-3 h-[3px] w-16 border-y border-line-strong" />
      </header>
      <main id="main" className="flex-1 px-4 pb-12 pt-6 sm:px-6 sm:pt-8">
        {children}
      </main>
      <footer className="px-5 pb-8 text-center text-xs leading-5 text-muted">
        {institute.name} · {institute.postalAddress}
      </footer>
    </div>
  );
}
