import type { Metadata } from "next";
import { Button, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { agendaAttributionNote, attributionLabel } from "@/lib/events/attribution";
import { groupByProtocolOrder } from "@/lib/events/protocol-order";
import { formatClock } from "@/lib/events/time";
import { displayName, personCredentials, personName } from "@/lib/people/display-name";
import { searchPeople } from "@/lib/people/queries";
import { loadEvent } from "../load";
import { AddPersonAsSpeaker, AgendaForm, NewSpeakerForm, RemoveAgendaItem, SpeakerControls } from "./forms";

export const metadata: Metadata = { title: "Programme" };

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

  return (
    <div className="grid gap-10 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="space-y-10">
        <section aria-labelledby="speakers-heading">
          <h2 id="speakers-heading" className="text-lg font-semibold text-ink">
            Speakers, in protocol order
          </h2>
          <p className="mt-1 text-sm text-muted">Shown this way on the public page and in invitations. Use the arrows to change the order within a role.</p>
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
                      <li key={s.id} className="flex flex-col gap-2 px-3 py-2.5 sm:flex-row sm:items-center sm:justify-between">
                        <div className="min-w-0">
                          <p className="font-medium text-ink">{personName(s.person)}</p>
                          <p className="text-sm text-muted">{personCredentials(s.person) || "No title or affiliation yet"}</p>
                          {s.remarksTitle ? <p className="text-sm italic text-muted">“{s.remarksTitle}”</p> : null}
                        </div>
                        {canEdit ? <SpeakerControls speakerId={s.id} name={personName(s.person)} first={i === 0} last={i === group.speakers.length - 1} /> : null}
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </div>
          )}
        </section>

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
                <li key={item.id} className="flex items-center justify-between gap-3 px-3 py-2.5">
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
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {canEdit ? (
        <aside className="space-y-8" aria-label="Add to the programme">
          <section aria-labelledby="find-heading" className="rounded-md border border-line p-4">
            <h2 id="find-heading" className="font-semibold text-ink">
              Add a speaker from the directory
            </h2>
            <form method="get" role="search" className="mt-3 flex gap-2">
              <label htmlFor="find" className="sr-only">
                Find by name, affiliation or email
              </label>
              <input
                id="find"
                name="find"
                defaultValue={query}
                placeholder="Name, affiliation or email"
                className="min-h-9 flex-1 rounded-md border border-line-strong bg-paper px-3 text-sm"
              />
              <Button type="submit" size="sm" variant="secondary">
                Find
              </Button>
            </form>
            {query ? (
              found.length ? (
                <ul className="mt-3 divide-y divide-line" aria-label="People found">
                  {found.map((p) => (
                    <li key={p.id} className="space-y-2 py-2.5">
                      <p className="text-sm text-ink">{displayName(p)}</p>
                      <AddPersonAsSpeaker eventId={event.id} personId={p.id} name={personName(p)} />
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
            <NewSpeakerForm eventId={event.id} />
          </section>
          <section aria-labelledby="agenda-add-heading" className="rounded-md border border-line p-4">
            <h2 id="agenda-add-heading" className="mb-3 font-semibold text-ink">
              Add an agenda item
            </h2>
            <AgendaForm eventId={event.id} />
          </section>
        </aside>
      ) : null}
    </div>
  );
}
