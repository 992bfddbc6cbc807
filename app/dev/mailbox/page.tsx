import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { devMailboxEnabled } from "@/lib/email/dev-mailbox-access";
import { listDevMailbox } from "@/lib/email/queries";

export const metadata: Metadata = { title: "Dev mailbox — Convene", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const filter = typeof to === "string" && to.length < 255 ? to.trim().toLowerCase() : undefined;
  const messages = await listDevMailbox(getDb(), { to: filter, limit: 200 });
  return (
    <main id="main" className="mx-auto max-w-4xl px-5 py-10">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Convene · development</p>
      <h1 className="mt-2 text-3xl font-semibold text-ink">Dev mailbox</h1>
      <p className="mt-2 text-sm text-muted">
        Every email Convene sends lands here while no Resend key is set. Nothing leaves this machine.
      </p>
      <form className="mt-6 flex gap-2" method="get">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input
          id="to"
          name="to"
          defaultValue={filter}
          placeholder="Filter by recipient"
          className="min-h-10 flex-1 rounded-md border border-line-strong bg-paper px-3 text-sm"
        />
        <button type="submit" className="min-h-10 rounded-md bg-ink px-4 text-sm font-medium text-paper">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="mt-10 text-muted">No messages{filter ? ` to ${filter}` : ""} yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-line rounded-md border border-line" aria-label="Messages">
          {messages.map((m) => (
            <li key={m.id}>
              <Link href={`/dev/mailbox/${m.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-surface sm:flex-row sm:items-baseline sm:gap-4">
                <span className="w-56 shrink-0 truncate text-sm text-muted">{m.toAddress}</span>
                <span className="flex-1 font-medium text-ink">{m.subject}</span>
                <span className="shrink-0 text-xs text-muted">{when.format(m.createdAt)} UTC</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
