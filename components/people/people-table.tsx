import NextLink from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { personName, type ListedPerson } from "@/lib/people/display-name";

export type PeopleTableRow = ListedPerson & { id: string };

const empty = <span className="text-subtle">—</span>;

/** The directory as a dense table; on a phone each person is a card. */
export function PeopleTable({ people, label = "People" }: { people: readonly PeopleTableRow[]; label?: string }) {
  return (
    <Table label={label} stickyHeader cards>
      <THead>
        <TR>
          <TH sort="ascending">Name</TH>
          <TH>Title</TH>
          <TH>Affiliation</TH>
          <TH>Email</TH>
        </TR>
      </THead>
      <TBody>
        {people.map((p) => (
          <TR key={p.id}>
            <TD card="title" className="min-w-40 font-medium lg:min-w-48">
              <NextLink
                href={`/staff/people/${p.id}`}
                className="text-ink underline decoration-ink/25 underline-offset-[0.2em] hover:decoration-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                {personName(p)}
              </NextLink>
            </TD>
            <TD label="Title" className="min-w-40 text-muted lg:min-w-48">{p.positionTitle ?? empty}</TD>
            <TD label="Affiliation" className="min-w-32 text-muted lg:min-w-40">{p.affiliation ?? empty}</TD>
            <TD label="Email" className="min-w-44 text-muted [overflow-wrap:anywhere] lg:whitespace-nowrap">
              {p.email ? (
                <a href={`mailto:${p.email}`} className="hover:text-ink hover:underline">
                  {p.email}
                </a>
              ) : (
                empty
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
