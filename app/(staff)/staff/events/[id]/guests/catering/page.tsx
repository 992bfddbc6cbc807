import type { Metadata } from "next";
import { BackLink } from "@/components/staff/back-link";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { cateringSummary } from "@/lib/invitations/catering";
import { listAcceptedForCatering } from "@/lib/invitations/queries";
import { loadEvent } from "../../load";

export const metadata: Metadata = { title: "Catering" };

export default async function CateringPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const accepted = await listAcceptedForCatering(getDb(), event.id);
  const summary = cateringSummary(accepted);
  return (
    <section aria-labelledby="catering-heading" className="max-w-3xl space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="catering-heading" className="text-lg font-semibold text-ink">
          For the caterer
        </h2>
        <BackLink href={`/staff/events/${event.id}/guests`}>Back to the guest list</BackLink>
      </div>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-line bg-line sm:grid-cols-3">
        <div className="bg-paper p-4">
          <dt className="text-sm text-muted">covers</dt>
          <dd className="text-3xl font-semibold tabular-nums text-ink">{summary.covers}</dd>
        </div>
        <div className="bg-paper p-4">
          <dt className="text-sm text-muted">with a dietary need</dt>
          <dd className="text-3xl font-semibold tabular-nums text-ink">{summary.covers - summary.noNeeds}</dd>
        </div>
        <div className="bg-paper p-4">
          <dt className="text-sm text-muted">no need stated</dt>
          <dd className="text-3xl font-semibold tabular-nums text-ink">{summary.noNeeds}</dd>
        </div>
      </dl>
      {summary.needs.length ? (
        <ul className="divide-y divide-line rounded-md border border-line bg-paper" aria-label="Dietary needs">
          {summary.needs.map((n) => (
            <li key={n.need} className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-6">
              <p className="w-56 shrink-0 font-medium text-ink">
                {n.need} <span className="tabular-nums text-muted">× {n.count}</span>
              </p>
              <p className="text-sm leading-6 text-muted">{n.names.join(", ")}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">No accepted guest has given a dietary need.</p>
      )}
      <p className="text-sm text-muted">Counts come from accepted guests; people they bring count as covers with no need stated.</p>
    </section>
  );
}
