import NextLink from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { personName, type ListedPerson } from "@/lib/people/display-name";
import type { OptOutVia } from "@/lib/opt-out/mutations";
import { OptedOutBadge } from "./opted-out-badge";

export type PeopleTableRow = ListedPerson & { id: string; optedOutAt?: Date | null; optedOutVia?: OptOutVia | null };

const empty = <span className="text-subtle">—</span>;

/** The directory as a dense table; on a phone each person is a card. */
export function PeopleTable({
  people,
  label = "People",
  selectForm,
  tags,
}: {
  people: readonly PeopleTableRow[];
  label?: string;
  /** The id of a form the row boxes belong to (the people page's bulk actions); no boxes without it. */
  selectForm?: string;
  /** Each person's tags, shown under their name. */
  tags?: ReadonlyMap<string, readonly { id: string; name: string }[]>;
}) {
  return (
    <Table label={label} stickyHeader cards>
      <THead>
        <TR>
          {selectForm ? (
            <TH>
              <span className="sr-only">Choose</span>
            </TH>
          ) : null}
          <TH sort="ascending">Name</TH>
          <TH>Title</TH>
          <TH>Affiliation</TH>
          <TH>Email</TH>
        </TR>
      </THead>
      <TBody>
        {people.map((p) => (
          <TR key={p.id}>
            {selectForm ? (
              <TD card="action" className="w-10">
                <input type="checkbox" form={selectForm} name="personIds" value={p.id} aria-label={`Choose ${personName(p)}`} className="size-[18px] accent-ink" />
              </TD>
            ) : null}
            <TD card="title" className="min-w-40 font-medium lg:min-w-48">
              <NextLink
                href={`/staff/people/${p.id}`}
                className="text-ink underline decoration-ink/25 underline-offset-[0.2em] hover:decoration-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                {personName(p)}
              </NextLink>
              {p.optedOutAt ? (
                <span className="mt-1 block">
                  <OptedOutBadge optedOutAt={p.optedOutAt} via={p.optedOutVia ?? null} />
                </span>
              ) : null}
              <TagChips tags={tags?.get(p.id)} />
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

/** A person's tags as small labels. */
export function TagChips({ tags }: { tags?: readonly { id: string; name: string }[] }) {
  if (!tags?.length) return null;
  return (
    <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
      {tags.map((t) => (
        <li key={t.id} className="rounded-full border border-line-strong bg-surface px-2 py-0.5 text-[12px] font-medium leading-4 text-ink">
          {t.name}
        </li>
      ))}
    </ul>
  );
}
