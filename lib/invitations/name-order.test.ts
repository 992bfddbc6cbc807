import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations, people } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { useTestDatabase } from "@/lib/test/db";
import { GUEST_PAGE_SIZE, guestCounts, listGuests } from "./queries";
import { makeEvent, makeGuests } from "./test-fixtures";

// The guest list's pages in name order come from the invitations' own copy of
// their guests' names (migration 0010: kept by triggers, read through
// invitations_event_name_order_idx). The copy must follow every change of a
// name or of a guest, and the pages must be what sorting by the people's names gives.

describe("the guest list's name order", () => {
  const t = useTestDatabase();

  const copied = async (invitationId: string) => {
    const [row] = await t.db.select({ family: invitations.sortFamilyName, given: invitations.sortGivenName }).from(invitations).where(eq(invitations.id, invitationId));
    return row;
  };

  it("copies the guest's names onto a new invitation, and again when the person is renamed or the invitation moves to someone else", async () => {
    const event = await makeEvent(t.db);
    const [a, b] = await makeGuests(t.db, event.id, 2);
    expect(await copied(a.id)).toEqual({ family: "Family0000", given: "Guest0" });

    await t.db.update(people).set({ familyName: "Ødegård-Núñez", givenName: "Ana" }).where(eq(people.id, a.personId));
    expect(await copied(a.id)).toEqual({ family: "Ødegård-Núñez", given: "Ana" });

    // A merge moves invitations to the surviving person: the copy follows. Another event's invitation of b's person makes room.
    const other = await makeEvent(t.db);
    const [moved] = await makeGuests(t.db, other.id, 1);
    await t.db.update(invitations).set({ personId: b.personId }).where(eq(invitations.id, moved.id));
    expect(await copied(moved.id)).toEqual({ family: "Family0001", given: "Guest1" });

    // Written directly, the copy is put right at once: the people table is the truth.
    await t.db.update(invitations).set({ sortFamilyName: "Aaaa" }).where(eq(invitations.id, b.id));
    expect(await copied(b.id)).toEqual({ family: "Family0001", given: "Guest1" });
  });

  it("pages by family name, given name and id, exactly as sorting the people's names does, under each filter", async () => {
    const event = await makeEvent(t.db);
    const guests = await makeGuests(t.db, event.id, GUEST_PAGE_SIZE + 7);
    // Names that sort differently from insertion order, ties on family name, and a rename after inviting.
    await t.db.execute(sql`update people set family_name = case when (substring(family_name from 7)::int % 3) = 0 then 'Søreide' else 'Mälksoo' end,
      given_name = 'G' || lpad(((substring(family_name from 7)::int * 37) % 101)::text, 3, '0') where id in (select person_id from invitations where event_id = ${event.id})`);
    await t.db.update(people).set({ familyName: "Aardvark" }).where(eq(people.id, guests[40].personId));
    await t.db.update(invitations).set({ status: "accepted" }).where(sql`${invitations.eventId} = ${event.id} and ${invitations.id} in (select id from invitations where event_id = ${event.id} order by id limit 20)`);
    await t.db.update(invitations).set({ status: "cancelled" }).where(eq(invitations.id, guests[3].id));

    const expected = async (status?: "accepted") => {
      const rows = await t.db.execute(sql`select i.id from invitations i join people p on p.id = i.person_id
        where i.event_id = ${event.id} and ${status ? sql`i.status = ${status}` : sql`i.status <> 'cancelled'`}
        order by p.family_name, p.given_name, i.id`);
      return rowsOf<{ id: string }>(rows).map((r) => r.id);
    };
    const paged = async (status?: "accepted") => {
      const first = await listGuests(t.db, event.id, { status });
      const ids = first.rows.map((r) => r.id);
      for (let page = 2; page <= first.pages; page++) ids.push(...(await listGuests(t.db, event.id, { status, page })).rows.map((r) => r.id));
      return { ids, total: first.total, firstName: first.rows[0]?.familyName };
    };

    const all = await paged();
    expect(all.ids).toEqual(await expected());
    expect(all.total).toBe(GUEST_PAGE_SIZE + 6);
    expect(all.firstName).toBe("Aardvark");
    const accepted = await paged("accepted");
    expect(accepted.ids).toEqual(await expected("accepted"));
    expect(accepted.total).toBe(accepted.ids.length);
  });
  it("answers each event, answer, search and page from the statement prepared for its shape, not from the values it was first run with", async () => {
    // listGuests prepares one statement per shape (answer filter, search, order) and database: every value must be a parameter.
    const [one, two] = [await makeEvent(t.db), await makeEvent(t.db)];
    const [ones, twos] = [await makeGuests(t.db, one.id, 3), await makeGuests(t.db, two.id, 4)];
    await t.db.update(invitations).set({ status: "accepted" }).where(eq(invitations.id, twos[1].id));
    await t.db.update(invitations).set({ status: "declined" }).where(eq(invitations.id, twos[2].id));
    const ids = async (eventId: string, opts: Parameters<typeof listGuests>[2] = {}) => {
      const list = await listGuests(t.db, eventId, opts);
      return { ids: list.rows.map((r) => r.id), total: list.total };
    };
    for (const sort of ["name", "precedence"] as const) {
      expect(await ids(one.id, { sort }), sort).toEqual({ ids: ones.map((g) => g.id), total: 3 });
      expect(await ids(two.id, { sort }), sort).toEqual({ ids: twos.map((g) => g.id), total: 4 });
      expect(await ids(two.id, { sort, status: "accepted" }), sort).toEqual({ ids: [twos[1].id], total: 1 });
      expect(await ids(two.id, { sort, status: "declined" }), sort).toEqual({ ids: [twos[2].id], total: 1 });
      expect(await ids(one.id, { sort, status: "accepted" }), sort).toEqual({ ids: [], total: 0 });
      expect(await ids(two.id, { sort, q: "Family0003" }), sort).toEqual({ ids: [twos[3].id], total: 1 });
      expect(await ids(two.id, { sort, q: "family0000" }), sort).toEqual({ ids: [twos[0].id], total: 1 });
      expect(await ids(one.id, { sort, q: "Family0003" }), sort).toEqual({ ids: [], total: 0 });
      expect(await ids(two.id, { sort, q: "Family", status: "declined" }), sort).toEqual({ ids: [twos[2].id], total: 1 });
      expect(await ids(two.id, { sort, page: 2 }), sort).toEqual({ ids: [], total: 4 });
      // A total the caller knows (the counts) is taken as it is, or awaited; a search counts its own.
      expect(await ids(two.id, { sort, status: "accepted", total: 1 }), sort).toEqual({ ids: [twos[1].id], total: 1 });
      expect(await ids(two.id, { sort, total: Promise.resolve(4) }), sort).toEqual({ ids: twos.map((g) => g.id), total: 4 });
      expect(await ids(two.id, { sort, q: "Family0003", total: 4 }), sort).toEqual({ ids: [twos[3].id], total: 1 });
    }
    // The counts' statement is prepared once per database too: each event gets its own.
    expect(await guestCounts(t.db, one.id)).toMatchObject({ total: 3, accepted: 0, declined: 0 });
    expect(await guestCounts(t.db, two.id)).toMatchObject({ total: 4, accepted: 1, declined: 1 });
    expect(await guestCounts(t.db, one.id)).toMatchObject({ total: 3, accepted: 0 });
  });
});
