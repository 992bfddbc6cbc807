import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PrintToolbar } from "@/components/door/print-toolbar";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { formatEventWhen } from "@/lib/events/time";
import { familyNameFirst } from "@/lib/invitations/door-sheets";
import { listGuestsForExport } from "@/lib/invitations/queries";
import { invitationStatusLabel } from "@/lib/invitations/status";
import { loadEvent } from "@/app/(staff)/staff/events/[id]/load";

export const metadata: Metadata = { title: "Guest list to print — Convene", robots: { index: false } };

const PAGE_CSS = "@page { size: A4; margin: 12mm; }";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The guest list on paper: one compact line a guest, the event's title and
 * date repeated at the head of every page (the table's head repeats). A
 * confidential event's list is shown only once staff have read what the rule asks.
 */
export default async function PrintGuestListPage({ params, searchParams }: Props) {
  await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const base = `/staff/events/${event.id}/guests`;
  const confidential = event.attribution !== "on_record";
  if (confidential && (await searchParams).confirmed !== "1") redirect(`${base}/export?print=1`);
  const guests = (await listGuestsForExport(getDb(), event.id)).filter((g) => g.status !== "not_sent");
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone);
  return (
    <div className="min-h-dvh bg-surface print:bg-paper">
      <style>{PAGE_CSS}</style>
      <PrintToolbar summary={`${guests.length.toLocaleString("en-GB")} invited guests, by family name.`} back={base} backLabel="Back to the guest list" />
      <main className="mx-auto max-w-5xl p-4 print:max-w-none print:p-0">
        <h1 className="sr-only">Guest list: {event.title}</h1>
        <div className="overflow-x-auto rounded-md border border-line bg-paper p-4 print:overflow-visible print:border-0 print:p-0">
          <table className="w-full border-collapse text-left text-[13px] leading-snug text-ink print:text-[8.5pt]">
            <caption className="sr-only">Guests of {event.title}</caption>
            <thead>
              <tr>
                <th colSpan={4} scope="colgroup" className="border-b-2 border-ink pb-1.5 text-left font-normal">
                  <span className="block text-[15px] font-semibold print:text-[11pt]">{event.title}</span>
                  <span className="text-muted">
                    {when} · Guest list, {guests.length} {guests.length === 1 ? "guest" : "guests"}
                    {confidential ? ` · Confidential (${event.attribution === "chatham_house" ? "Chatham House rule" : "off the record"}): do not copy or share` : ""}
                  </span>
                </th>
              </tr>
              <tr className="text-[11px] uppercase tracking-wide text-muted print:text-[7pt]">
                <th scope="col" className="w-8 py-1 pr-2 font-semibold">
                  <span className="sr-only">Number</span>
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">Guest</th>
                <th scope="col" className="py-1 pr-3 font-semibold">Answer</th>
                <th scope="col" className="py-1 font-semibold">Plus-one, dietary, access</th>
              </tr>
            </thead>
            <tbody>
              {guests.map((g, i) => {
                const { name, honorific } = familyNameFirst(g);
                const needs = [g.plusOneName ? `+ ${g.plusOneName}` : null, g.dietary, g.accessibility].filter(Boolean).join(" · ");
                return (
                  <tr key={i} className="break-inside-avoid border-b border-line align-top">
                    <td className="py-1 pr-2 tabular-nums text-muted">{i + 1}</td>
                    <td className="py-1 pr-3">
                      <strong className="font-semibold">{name}</strong>
                      {honorific ? <span className="text-muted"> · {honorific}</span> : null}
                      {g.positionTitle || g.affiliation ? <span className="block text-muted">{[g.positionTitle, g.affiliation].filter(Boolean).join(", ")}</span> : null}
                    </td>
                    <td className="whitespace-nowrap py-1 pr-3">
                      {invitationStatusLabel(g.status)}
                      {g.checkedInAt ? " · arrived" : ""}
                    </td>
                    <td className="py-1">{needs}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </main>
    </div>
  );
}
