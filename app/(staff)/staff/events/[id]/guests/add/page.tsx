import type { Metadata } from "next";
import { DirectorySearch } from "@/components/people/directory-search";
import { AddPeopleForm } from "@/components/guests/add-people-form";
import { BackLink } from "@/components/staff/back-link";
import { getDb } from "@/db";
import { peopleOnGuestList } from "@/lib/invitations/queries";
import { personCredentials, personName } from "@/lib/people/display-name";
import { searchPeople } from "@/lib/people/queries";
import { addChosenPeople } from "../actions";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Add guests" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function AddGuestsPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 200);
  const db = getDb();
  const { people, total, more } = await searchPeople(db, { q, limit: 100 });
  const onList = await peopleOnGuestList(db, event.id, people.map((p) => p.id));
  const base = `/staff/events/${event.id}/guests`;
  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold text-ink">Add guests from the directory</h2>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-64 max-w-2xl flex-1">
          <DirectorySearch action={`${base}/add`} value={q} label="Find people in the directory" hint="Part of a name, an organization or an email address." />
        </div>
        <BackLink href={base}>Back to the guest list</BackLink>
      </div>
      <AddPeopleForm
        action={addChosenPeople}
        eventId={event.id}
        people={people.map((p) => ({ id: p.id, name: personName(p), credentials: personCredentials(p), email: p.email, onList: onList.has(p.id) }))}
        total={total}
        more={more}
        query={q}
      />
    </div>
  );
}
