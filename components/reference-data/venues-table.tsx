import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import type { VenueListRow } from "@/lib/reference-data/queries";
import { timeZoneLabel } from "@/lib/events/time-zones";
import { emptyCell, formatCount, RecordLink } from "./record-link";

/** Venues by city; on a phone the table scrolls inside its own frame. */
export function VenuesTable({ venues }: { venues: readonly VenueListRow[] }) {
  return (
    <Table label="Venues" stickyHeader>
      <THead>
        <TR>
          <TH>Name</TH>
          <TH sort="ascending">City</TH>
          <TH>Time zone</TH>
          <TH align="right">Capacity</TH>
          <TH align="right">Events</TH>
        </TR>
      </THead>
      <TBody>
        {venues.map((v) => (
          <TR key={v.id}>
            <TD className="min-w-48 font-medium">
              <RecordLink href={`/staff/venues/${v.id}`}>{v.name}</RecordLink>
            </TD>
            <TD className="min-w-32 text-muted">{v.country ? `${v.city}, ${v.country}` : v.city}</TD>
            <TD className="whitespace-nowrap text-muted">{timeZoneLabel(v.timeZone)}</TD>
            <TD align="right" className="text-muted">
              {v.capacity === null ? emptyCell : formatCount(v.capacity)}
            </TD>
            <TD align="right" className="text-muted">
              {formatCount(v.eventCount)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
