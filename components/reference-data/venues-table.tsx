import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import type { VenueListRow } from "@/lib/reference-data/queries";
import { timeZoneLabel } from "@/lib/events/time-zones";
import { emptyCell, formatCount, RecordLink } from "./record-link";

/** Venues by city; on a phone each venue is a card. */
export function VenuesTable({ venues }: { venues: readonly VenueListRow[] }) {
  return (
    <Table label="Venues" stickyHeader cards>
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
            <TD card="title" className="min-w-48 font-medium">
              <RecordLink href={`/staff/venues/${v.id}`}>{v.name}</RecordLink>
            </TD>
            <TD label="City" className="min-w-32 text-muted">{v.country ? `${v.city}, ${v.country}` : v.city}</TD>
            <TD label="Time zone" className="whitespace-nowrap text-muted">{timeZoneLabel(v.timeZone)}</TD>
            <TD label="Capacity" align="right" className="text-muted">
              {v.capacity === null ? emptyCell : formatCount(v.capacity)}
            </TD>
            <TD label="Events" align="right" className="text-muted">
              {formatCount(v.eventCount)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
