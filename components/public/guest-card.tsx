import type { ReactNode } from "react";

/** The single centred card of a guest-facing page (opting out and in): a serif heading, calm words, one action. */
export function GuestCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-xl rounded-md border border-line bg-paper px-5 py-7 shadow-card sm:px-9 sm:py-9">
      <h1 className="font-serif text-2xl leading-tight text-ink sm:text-3xl">{title}</h1>
      <div className="mt-4 space-y-4 leading-relaxed text-ink">{children}</div>
    </article>
  );
}
