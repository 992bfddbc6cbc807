import type { Metadata } from "next";
import { BellOff } from "@/components/icons/lucide";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RecordDetails } from "@/components/reference-data/record-details";
import { DirectorySearch } from "@/components/people/directory-search";
import { MergeButton } from "@/components/people/merge-button";
import { PersonForm } from "@/components/people/person-form";
import { Invitations, SpeakingRoles } from "@/components/people/person-record";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { personCredentials, personName } from "@/lib/people/display-name";
import { findMergeCandidates, getPerson, type PersonDetail } from "@/lib/people/queries";
import { isPersonId } from "@/lib/people/schema";
import { describeOptOut } from "@/lib/opt-out/describe";
import { mergePeopleAction, setPersonTagsAction, updatePersonAction } from "../actions";
import { PersonTagsForm } from "@/components/people/person-tags-form";
import { TagChips } from "@/components/people/people-table";
import { listTags, tagsOfPeople } from "@/lib/people/tags";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read once per request, for the title and the page. A malformed id is a
// 404 before it ever reaches the database.
const loadPerson = cache(async (id: string) => (isPersonId(id) ? getPerson(getDb(), id) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // A name in the tab title is still a name: only staff may read it.
  await requireStaff("viewer");
  const person = await loadPerson((await params).id);
  return { title: person ? personName(person) : "Person not found" };
}

function Details({ person }: { person: PersonDetail }) {
  const rows: [string, string | null][] = [
    ["Honorific", person.honorific],
    ["Given name", person.givenName],
    ["Family name", person.familyName],
    ["Title", person.positionTitle],
    ["Affiliation", person.affiliation],
    ["Email", person.email],
    ["Notes", person.notes],
  ];
  return <RecordDetails rows={rows} />;
}

async function MergeSection({ person, q }: { person: PersonDetail; q: string }) {
  const candidates = q ? await findMergeCandidates(getDb(), { q, excludeId: person.id }) : [];
  const keep = { id: person.id, name: personName(person) };
  return (
    <Card id="merge">
      <CardHeader>
        <CardTitle as="h2">Merge with another record</CardTitle>
        <CardDescription>
          If {keep.name} is in the directory twice, find the other record. Its speaking roles and invitations move here, details missing here are
          filled in from it, and it is deleted.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <DirectorySearch action={`/staff/people/${person.id}`} name="merge" value={q} label="Find the other record" hint="Name, affiliation or email." keepScroll />
        {q && candidates.length === 0 ? <p className="text-sm text-muted">No other record matches “{q}”.</p> : null}
        {candidates.length > 0 ? (
          <ul className="divide-y divide-line rounded-md border border-line" aria-label="Records that could be merged">
            {candidates.map((c) => (
              <li key={c.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 text-sm">
                  <NextLink href={`/staff/people/${c.id}`} className="font-medium text-ink underline decoration-ink/25 underline-offset-[0.2em]">
                    {personName(c)}
                  </NextLink>
                  <p className="break-words text-muted">{[personCredentials(c), c.email].filter(Boolean).join(" · ") || "No other details"}</p>
                  <p className="text-muted">
                    {c.speakingRoles} speaking {c.speakingRoles === 1 ? "role" : "roles"} · {c.invitations} {c.invitations === 1 ? "invitation" : "invitations"}
                  </p>
                </div>
                <MergeButton action={mergePeopleAction} keep={keep} merge={{ id: c.id, name: personName(c), email: c.email, speakingRoles: c.speakingRoles, invitations: c.invitations }} />
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}

export default async function PersonPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const staff = await requireStaff("viewer");
  const person = await loadPerson((await params).id);
  if (!person) notFound();
  const merge = (await searchParams).merge;
  const mergeQuery = (Array.isArray(merge) ? merge[0] : (merge ?? "")).trim().slice(0, 200);
  const canEdit = hasRole(staff.role, "editor");
  const db = getDb();
  const [tagMap, known] = await Promise.all([tagsOfPeople(db, [person.id]), canEdit ? listTags(db) : Promise.resolve([])]);
  const tags = tagMap.get(person.id) ?? [];

  return (
    <>
      <PageHeader
        title={personName(person)}
        description={personCredentials(person) || undefined}
        actions={<BackLink href="/staff/people">Back to people</BackLink>}
      />
      {person.optedOutAt ? (
        <section aria-label="Invitations" className="mb-6 flex gap-3 rounded-md border border-line-strong bg-surface px-4 py-3 text-sm">
          <BellOff aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted" />
          <div>
            <p className="font-medium text-ink">{describeOptOut(person.optedOutAt, person.optedOutVia)}.</p>
            <p className="text-muted">
              Send and Remind skip them; confirmations, reminders of events they accepted, changes and cancellations still reach them. Only they can
              opt in again, from a link we email them on request.
            </p>
          </div>
        </section>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{canEdit ? "Details" : "Details (read only)"}</CardTitle>
            </CardHeader>
            <CardContent>
              {canEdit ? (
                <PersonForm
                  action={updatePersonAction}
                  personId={person.id}
                  person={{
                    honorific: person.honorific,
                    givenName: person.givenName,
                    familyName: person.familyName,
                    positionTitle: person.positionTitle,
                    affiliation: person.affiliation,
                    email: person.email,
                    notes: person.notes,
                    precedenceClass: person.precedenceClass,
                    credentialsDate: person.credentialsDate,
                  }}
                />
              ) : (
                <Details person={person} />
              )}
            </CardContent>
          </Card>
          {canEdit ? <MergeSection person={person} q={mergeQuery} /> : null}
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Tags</CardTitle>
            </CardHeader>
            <CardContent>
              {canEdit ? (
                <PersonTagsForm action={setPersonTagsAction} personId={person.id} tags={tags.map((t) => t.name)} known={known.map((t) => t.name)} />
              ) : tags.length ? (
                <TagChips tags={tags} />
              ) : (
                <p className="text-sm text-muted">No tags.</p>
              )}
            </CardContent>
          </Card>
          <SpeakingRoles roles={person.speakingRoles} />
          <Invitations invitations={person.invitations} />
        </div>
      </div>
    </>
  );
}
