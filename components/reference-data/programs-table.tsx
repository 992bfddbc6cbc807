import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import type { ProgramListRow } from "@/lib/reference-data/queries";
import { emptyCell, formatCount, RecordLink } from "./record-link";

export function ProgramsTable({ programs }: { programs: readonly ProgramListRow[] }) {
  return (
    <Table label="Programs" stickyHeader cards>
      <THead>
        <TR>
          <TH sort="ascending">Name</TH>
          <TH>Slug</TH>
          <TH>Description</TH>
          <TH align="right">Events</TH>
        </TR>
      </THead>
      <TBody>
        {programs.map((p) => (
          <TR key={p.id}>
            <TD card="title" className="min-w-48 font-medium">
              <RecordLink href={`/staff/programs/${p.id}`}>{p.name}</RecordLink>
            </TD>
            <TD card="hide" className="whitespace-nowrap font-mono text-[13px] text-muted">{p.slug}</TD>
            <TD label="About" className="min-w-64 text-muted">{p.description ? <span className="line-clamp-2">{p.description}</span> : emptyCell}</TD>
            <TD label="Events" align="right" className="text-muted">
              {formatCount(p.eventCount)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
