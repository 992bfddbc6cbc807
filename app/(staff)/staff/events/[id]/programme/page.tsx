import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/staff/search-form";
import { EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { agendaAttributionNote, attributionLabel } from "@/lib/events/attribution";
import { findConflictsFor } from "@/lib/events/conflict-queries";
import { groupByProtocolOrder } from "@/lib/events/protocol-order";
import { speakerNamedPublicly, speakerUnderTheRule } from "@/lib/events/speaker-attribution";
import { formatClock, hasEnded, toZonedInput } from "@/lib/events/time";
import { displayName, personCredentials, personName } from "@/lib/people/display-name";
import { searchPeople } from "@/lib/people/queries";
import { loadEvent } from "../load";
import { AddPersonAsSpeaker, AgendaForm, EditAgendaItem, NewSpeakerForm, RemoveAgendaItem, SpeakerAgendaForm, SpeakerControls, type SpeakerAgendaChoice } from "./forms";

export const metadata: Metadata = { title: "Programme" };

/** What the public page does with this speaker's name, in words. */
function publicNaming(ctx: Parameters<typeof speakerNamedPublicly>[0], itemIds: readonly string[]): string {
  if (!speakerUnderTheRule(ctx.attribution, ctx.agendaItems, itemIds)) return "Named on the public page: speaks only outside the Chatham House rule.";
  if (speakerNamedPublicly(ctx, itemIds)) return "Named on the public page until the event, as announced; not after it (Chatham House rule).";
  return itemIds.length ? "Not named on the public page: speaks under the Chatham House rule." : "Not named on the public page: under the Chatham House rule until tied to on-the-record items only.";
}

export default async function ProgrammePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const { id } = await params;
  const { find } = await searchParams;
  const event = await loadEvent(id);
  const canEdit = hasRole(staff.role, "editor") && event.status !== "cancelled";
  const query = typeof find === "string" ? find.trim().slice(0, 100) : "";
  const found = canEdit && query ? (await searchPeople(getDb(), { q: query, limit: 12 })).people : [];
  const groups = groupByProtocolOrder(event.speakers);
  const note = agendaAttributionNote(event.attribution, event.agendaItems);
  // A speaker booked at an overlapping event: warned here too, beside the speaker, not only on the overview.
  const clashes = event.status === "cancelled" ? [] : (await findConflictsFor(getDb(), event.id)).flatMap((c) => (c.kind === "speaker" ? [c] : []));
  const ruleApplies = [event.attribution, ...event.agendaItems.map((i) => i.attribution)].includes("chatham_house");
  const naming = {
    attribution: event.attribution,
    announceSpeakers: event.announceSpeakers,
    isPast: hasEnded(event.endsAt),
    agendaItems: event.agendaItems,
  };
  const choices: SpeakerAgendaChoice[] = event.agendaItems.map((item) => ({
    id: item.id,
    title: item.title,
    detail: `${formatClock(item.startsAt, event.timeZone)} · ${attributionLabel(item.attribution ?? event.attribution)}`,
  }));
  const itemTitle = new Map(event.agendaItems.map((i) => [i.id, i.title]));

  const ctx = { canEdit, ruleApplies, naming, choices, itemTitle };
  return (
    <div className="grid gap-10 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="space-y-10">
        <SpeakersSection groups={groups} clashes={clashes} ctx={ctx} />
        <AgendaSection event={event} note={note} canEdit={canEdit} />
      </div>

      {canEdit ? <AddToProgramme eventId={event.id} query={query} found={found} /> : null}
    </div>
  );
}

type ProgrammeEvent = Awaited<ReturnType<typeof loadEvent>>;
type Speaker = ProgrammeEvent["speakers"][number];
type SpeakerClash = Extract<Awaited<ReturnType<typeof findConflictsFor>>[number], { kind: "speaker" }>;
type SpeakerContext = {
  canEdit: boolean;
  ruleApplies: boolean;
  naming: Parameters<typeof speakerNamedPublicly>[0];
  choices: SpeakerAgendaChoice[];
  itemTitle: Map<string, string>;
};

function SpeakersSection({ groups, clashes, ctx }: { groups: ReturnType<typeof groupByProtocolOrder<Speaker>>; clashes: SpeakerClash[]; ctx: SpeakerContext }) {
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading" className="text-lg font-semibold text-ink">
        Speakers, in protocol order
      </h2>
      <p className="mt-1 text-sm text-muted">Shown this way on the public page and in invitations. Use the arrows to change the order within a role.</p>
      <SpeakerClashes clashes={clashes} />
      {groups.length === 0 ? (
        <div className="mt-4">
          <EmptyState title="No speakers yet" description="Find someone in the directory or create them on the right." />
        </div>
      ) : (
        <div className="mt-4 space-y-6">
          {groups.map((group) => (
            <section key={group.role} aria-label={group.label}>
              <h3 className="text-xs font-semibold uppercase tracking-[0.14em] text-accent">{group.label}</h3>
              <ol className="mt-2 divide-y divide-line rounded-md border border-line">
                {group.speakers.map((s, i) => (
                  <SpeakerItem key={s.id} s={s} first={i === 0} last={i === group.speakers.length - 1} clash={clashes.find((c) => c.personId === s.personId)} {...ctx} />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

/** A speaker booked at an overlapping event: warned here too, beside the speaker, not only on the overview. */
function SpeakerClashes({ clashes }: { clashes: SpeakerClash[] }) {
  if (clashes.length === 0) return null;
  const clashedPeople = new Set(clashes.map((c) => c.personId));
  return (
    <section role="alert" aria-labelledby="speaker-clashes-heading" className="mt-4 rounded-md border border-warning/40 bg-warning-tint px-4 py-3">
      <h3 id="speaker-clashes-heading" className="text-sm font-semibold text-warning">
        {clashedPeople.size === 1 ? "A speaker is" : `${clashedPeople.size} speakers are`} booked at another event at the same time
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm text-ink">
        {clashes.map((c) => (
          <li key={`${c.eventId}-${c.personId}`}>
            {c.personName ?? "A speaker"} also speaks at{" "}
            <Link href={`/staff/events/${c.eventId}/programme`} className="font-medium underline underline-offset-4">
              {c.eventTitle}
            </Link>
            .
          </li>
        ))}
      </ul>
    </section>
  );
}

function SpeakerItem({
  s,
  first,
  last,
  clash,
  canEdit,
  ruleApplies,
  naming,
  choices,
  itemTitle,
}: SpeakerContext & {
  s: Speaker;
  first: boolean;
  last: boolean;
  clash: SpeakerClash | undefined;
}) {
  const itemIds = s.agendaItems.map((a) => a.agendaItemId);
  return (
    <li className="px-3 py-2.5">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="font-medium text-ink">{personName(s.person)}</p>
          <p className="text-sm text-muted">{personCredentials(s.person) || "No title or affiliation yet"}</p>
          {s.remarksTitle ? <p className="text-sm italic text-muted">“{s.remarksTitle}”</p> : null}
        </div>
        {canEdit ? <SpeakerControls speakerId={s.id} name={personName(s.person)} first={first} last={last} /> : null}
      </div>
      {clash ? <p className="mt-1 text-sm font-medium text-warning">Also speaks at {clash.eventTitle} at the same time.</p> : null}
      {ruleApplies ? <p className="mt-1 text-xs text-muted">{publicNaming(naming, itemIds)}</p> : null}
      {canEdit && choices.length > 0 ? (
        <SpeakerAgendaForm speakerId={s.id} name={personName(s.person)} items={choices} chosen={itemIds} />
      ) : itemIds.length > 0 ? (
        <p className="mt-1 text-xs text-muted">
          Speaks at:{" "}
          {itemIds
            .map((id) => itemTitle.get(id))
            .filter(Boolean)
            .join(", ")}
        </p>
      ) : null}
    </li>
  );
}

function AgendaSection({ event, note, canEdit }: { event: ProgrammeEvent; note: string | null; canEdit: boolean }) {
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="text-lg font-semibold text-ink">
        Agenda
      </h2>
      {note ? <p className="mt-2 rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink">Public page: “{note}”</p> : null}
      {event.agendaItems.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No agenda items. The public page then shows the speakers only.</p>
      ) : (
        <ol className="mt-3 divide-y divide-line rounded-md border border-line">
          {event.agendaItems.map((item) => (
            <li key={item.id} className="px-3 py-2.5">
              <div className="flex items-center justify-between gap-3">
                <div className="flex min-w-0 gap-4">
                  <span className="w-28 shrink-0 text-sm tabular-nums text-muted">
                    {formatClock(item.startsAt, event.timeZone)}
                    {item.endsAt ? `–${formatClock(item.endsAt, event.timeZone)}` : ""}
                  </span>
                  <span className="min-w-0">
                    <span className="block font-medium text-ink">{item.title}</span>
                    <span className="block text-xs text-muted">
                      {item.attribution ? attributionLabel(item.attribution) : `As the event (${attributionLabel(event.attribution)})`}
                      {item.livestreamed ? " · Livestreamed" : ""}
                    </span>
                  </span>
                </div>
                {canEdit ? <RemoveAgendaItem itemId={item.id} title={item.title} /> : null}
              </div>
              {canEdit ? (
                <div className="sm:pl-32">
                  <EditAgendaItem
                    eventId={event.id}
                    item={{
                      id: item.id,
                      startTime: toZonedInput(item.startsAt, event.timeZone).slice(11, 16),
                      endTime: item.endsAt ? toZonedInput(item.endsAt, event.timeZone).slice(11, 16) : "",
                      title: item.title,
                      description: item.description ?? "",
                      attribution: item.attribution ?? "inherit",
                      livestreamed: item.livestreamed,
                    }}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AddToProgramme({ eventId, query, found }: { eventId: string; query: string; found: Awaited<ReturnType<typeof searchPeople>>["people"] }) {
  return (
    <aside className="space-y-8" aria-label="Add to the programme">
      <section aria-labelledby="find-heading" className="rounded-md border border-line p-4">
        <h2 id="find-heading" className="font-semibold text-ink">
          Add a speaker from the directory
        </h2>
        <SearchForm id="find" name="find" value={query} label="Find by name, affiliation or email" placeholder="Name, affiliation or email" button="Find" className="mt-3" inputClassName="flex-1" />
        {query ? (
          found.length ? (
            <ul className="mt-3 divide-y divide-line" aria-label="People found">
              {found.map((p) => (
                <li key={p.id} className="space-y-2 py-2.5">
                  <p className="text-sm text-ink">{displayName(p)}</p>
                  <AddPersonAsSpeaker eventId={eventId} personId={p.id} name={personName(p)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-muted">Nobody matches “{query}”. Create them below.</p>
          )
        ) : null}
      </section>
      <section aria-labelledby="new-heading" className="rounded-md border border-line p-4">
        <h2 id="new-heading" className="mb-3 font-semibold text-ink">
          Or create a new person
        </h2>
        <NewSpeakerForm eventId={eventId} />
      </section>
      <section aria-labelledby="agenda-add-heading" className="rounded-md border border-line p-4">
        <h2 id="agenda-add-heading" className="mb-3 font-semibold text-ink">
          Add an agenda item
        </h2>
        <AgendaForm eventId={eventId} />
      </section>
    </aside>
  );
}
