import type { Metadata } from "next";
import { PrintButton } from "@/components/guests/print-button";
import { BackLink } from "@/components/staff/back-link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { doorList } from "@/lib/invitations/check-in";
import { printedName } from "@/lib/invitations/export";
import { loadEvent } from "../../load";

export const metadata: Metadata = { title: "Door list" };

const EXPECTED: Record<string, string> = { accepted: "Expected", invited: "No answer", waitlisted: "Waitlist", declined: "Declined", delegate_pending: "Delegate pending" };

/** For when the network is down: everyone on the list by family name, a box to tick. */
export default async function DoorListPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const list = await doorList(getDb(), event.id);
  return (
    <section aria-labelledby="door-list-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3" data-print="hide">
        <p className="text-sm text-muted">{list.length} names, by family name, with what each answered.</p>
        <div className="flex gap-2">
          <PrintButton />
          <BackLink href={`/staff/events/${event.id}/check-in`}>Back to check-in</BackLink>
        </div>
      </div>
      <h2 id="door-list-heading" className="text-lg font-semibold">
        Door list
      </h2>
      <Table label="Door list">
        <THead>
          <TR>
            <TH className="w-10">
              <span className="sr-only">Arrived</span>
            </TH>
            <TH>Name</TH>
            <TH>Title and affiliation</TH>
            <TH>Answer</TH>
          </TR>
        </THead>
        <TBody>
          {list.map((g) => (
            <TR key={g.id}>
              <TD>
                <span aria-hidden="true" className="inline-block size-4 border border-ink">
                  {g.checkedInAt ? "✓" : ""}
                </span>
                <span className="sr-only">{g.checkedInAt ? "Arrived" : "Not yet arrived"}</span>
              </TD>
              <TD className="font-medium">
                {printedName(g)}
                {g.plusOneName ? <span className="block text-[13px] font-normal text-muted">+ {g.plusOneName}</span> : null}
              </TD>
              <TD className="text-[13px]">{[g.positionTitle, g.affiliation].filter(Boolean).join(", ")}</TD>
              <TD className="text-[13px]">{g.source === "walk_in" ? "Walk-in" : (EXPECTED[g.status] ?? g.status)}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
