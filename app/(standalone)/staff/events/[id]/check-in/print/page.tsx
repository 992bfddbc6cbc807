import type { Metadata } from "next";
import { PrintToolbar } from "@/components/door/print-toolbar";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { formatEventWhen } from "@/lib/events/time";
import { doorList, type DoorGuest } from "@/lib/invitations/check-in";
import { doorSheets, familyNameFirst } from "@/lib/invitations/door-sheets";
import { expectedAtTheDoor } from "@/lib/invitations/door-standing";
import { loadEvent } from "@/app/(staff)/staff/events/[id]/load";

export const metadata: Metadata = { title: "Door list — Convene", robots: { index: false } };

const NOT_EXPECTED: Record<string, string> = { invited: "no answer", waitlisted: "waitlist", declined: "declined", delegate_pending: "delegate pending", cancelled: "withdrawn" };

// A4 with room for forty names a sheet; each sheet breaks onto its own page.
const PAGE_CSS = "@page { size: A4; margin: 12mm; }";

/**
 * For when the network is down: everyone on the door's list by family name,
 * forty to an A4 sheet in two columns, a box to tick beside each, and the
 * event's title and date at the head of every sheet. Outside the staff shell,
 * so nothing but the list prints; it checks the session itself.
 */
export default async function DoorListPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const list = await doorList(getDb(), event.id);
  const sheets = doorSheets(list);
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone);
  return (
    <div className="min-h-dvh bg-surface print:bg-paper">
      <style>{PAGE_CSS}</style>
      <PrintToolbar summary={`${list.length} names, by family name: ${sheets.length} A4 ${sheets.length === 1 ? "page" : "pages"}.`} back={`/staff/events/${event.id}/check-in`} backLabel="Back to check-in" />
      <main className="mx-auto max-w-5xl space-y-6 p-4 print:max-w-none print:space-y-0 print:p-0">
        <h1 className="sr-only">Door list: {event.title}</h1>
        {sheets.map((sheet) => (
          <section
            key={sheet.number}
            aria-label={`Door list, page ${sheet.number} of ${sheet.of}`}
            data-door-sheet=""
            className="break-after-page rounded-md border border-line bg-paper p-6 shadow-card last:break-after-auto print:rounded-none print:border-0 print:p-0 print:shadow-none"
          >
            <header className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 border-b-2 border-ink pb-2">
              <div className="min-w-0">
                <p className="text-base font-semibold leading-tight text-ink">{event.title}</p>
                <p className="text-[13px] text-muted print:text-[9pt]">
                  {when}
                  {event.venue ? ` · ${event.venue.name}` : ""}
                </p>
              </div>
              <p className="text-[13px] text-muted print:text-[9pt]">
                Door list · page {sheet.number} of {sheet.of}
              </p>
            </header>
            <div className="grid grid-cols-1 gap-x-8 sm:grid-cols-2 print:grid-cols-2">
              {sheet.columns.map((column, i) => (
                <ol key={i} className="min-w-0 list-none">
                  {column.map((g) => (
                    <DoorName key={g.id} g={g} />
                  ))}
                </ol>
              ))}
            </div>
          </section>
        ))}
      </main>
    </div>
  );
}

function DoorName({ g }: { g: DoorGuest }) {
  const { name, honorific } = familyNameFirst(g);
  const note = g.source === "walk_in" ? "walk-in" : expectedAtTheDoor(g.status) ? null : NOT_EXPECTED[g.status];
  return (
    <li className="flex h-[11.5mm] items-center gap-2.5 border-b border-line text-ink">
      <span aria-hidden="true" className="flex size-4 shrink-0 items-center justify-center border-[1.5px] border-ink text-[11px] leading-none">
        {g.checkedInAt ? "✓" : ""}
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate text-[14px] print:text-[10pt]">
          <strong className="font-semibold">{name}</strong>
          {honorific ? <span className="text-muted"> · {honorific}</span> : null}
          {g.plusOneName ? <span className="text-muted"> + {g.plusOneName}</span> : null}
          {note ? <em className="text-muted"> ({note})</em> : null}
          <span className="sr-only">{g.checkedInAt ? ", arrived" : ", not yet arrived"}</span>
        </span>
        {g.affiliation ? <span className="block truncate text-[12px] text-muted print:text-[8pt]">{g.affiliation}</span> : null}
      </span>
    </li>
  );
}
