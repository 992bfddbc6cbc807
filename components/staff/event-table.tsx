import Link from "next/link";
import { Badge, cn, Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { formatLabel } from "@/lib/events/format";
import type { StaffEventRow } from "@/lib/events/staff-queries";
import { formatEventWhen } from "@/lib/events/time";
import { LocalTime } from "./local-time";

// A tablet's width has no room for the reader's own time beside the event's (a phone's card leaves it out too).
const TABLET_HIDDEN = "min-[45rem]:max-lg:hidden";

/** The staff list of events: each in its own time (and, optionally, the reader's), venue, accepted of capacity. */
export function EventTable({ rows, label, showReaderTime = false, stickyHeader = false }: { rows: StaffEventRow[]; label: string; showReaderTime?: boolean; stickyHeader?: boolean }) {
  return (
    <Table label={label} stickyHeader={stickyHeader} cards>
      <THead>
        <TR>
          <TH>Event</TH>
          <TH>When (event’s own time)</TH>
          {showReaderTime ? <TH className={TABLET_HIDDEN}>Your time</TH> : null}
          <TH>Venue</TH>
          <TH align="right">Accepted</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((e) => (
          <TR key={e.id}>
            <TD card="title" className="min-w-60">
              <Link href={`/staff/events/${e.id}`} className="font-medium text-ink underline-offset-4 hover:underline">
                {e.title}
              </Link>
              <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                {formatLabel(e.format)}
                {e.status === "draft" ? <Badge variant="neutral">Draft</Badge> : null}
                {e.status === "cancelled" ? <Badge variant="danger">Cancelled</Badge> : null}
                {e.attribution === "chatham_house" ? <Badge variant="accent">Chatham House</Badge> : null}
                {e.visibility === "internal" ? <Badge variant="outline">Internal</Badge> : null}
              </span>
            </TD>
            <TD label="When" className="min-w-40 text-sm lg:whitespace-nowrap">{formatEventWhen(e.startsAt, e.endsAt, e.timeZone)}</TD>
            {showReaderTime ? (
              <TD card="hide" className={cn("whitespace-nowrap text-sm text-muted", TABLET_HIDDEN)}>
                <LocalTime date={e.startsAt} />
              </TD>
            ) : null}
            <TD label="Venue" className="min-w-32 text-sm text-muted">{e.venueName ?? "—"}</TD>
            <TD label="Accepted" align="right" className="tabular-nums">
              {e.accepted}
              {e.capacity ? <span className="text-muted"> / {e.capacity}</span> : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
