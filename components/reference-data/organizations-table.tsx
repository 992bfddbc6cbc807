import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import type { OrganizationListRow } from "@/lib/reference-data/queries";
import { organizationKindLabel } from "@/lib/reference-data/schema";
import { emptyCell, formatCount, RecordLink } from "./record-link";

/** Shows the host name only, so a long address does not widen the table. */
function websiteLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function OrganizationsTable({ organizations, label }: { organizations: readonly OrganizationListRow[]; label: string }) {
  return (
    <Table label={label} stickyHeader cards>
      <THead>
        <TR>
          <TH sort="ascending">Name</TH>
          <TH>Kind</TH>
          <TH>Website</TH>
          <TH align="right" title="Events co-hosted">
            Events
          </TH>
        </TR>
      </THead>
      <TBody>
        {organizations.map((o) => (
          <TR key={o.id}>
            <TD card="title" className="min-w-56 font-medium">
              <RecordLink href={`/staff/organizations/${o.id}`}>{o.name}</RecordLink>
              {o.shortName ? <span className="ml-1.5 font-normal text-muted">({o.shortName})</span> : null}
            </TD>
            <TD label="Kind" className="whitespace-nowrap text-muted">{organizationKindLabel(o.kind)}</TD>
            <TD label="Website" className="whitespace-nowrap text-muted">
              {o.website ? (
                <a href={o.website} target="_blank" rel="noopener noreferrer" className="hover:text-ink hover:underline">
                  {websiteLabel(o.website)}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                emptyCell
              )}
            </TD>
            <TD label="Events" align="right" className="text-muted">
              {formatCount(o.eventCount)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
