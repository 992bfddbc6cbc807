import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { eventSpeakers, invitations, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { escapeLike } from "@/lib/db/like";
import { findPeopleByEmails, getPerson, PEOPLE_COUNT_CAP, searchPeople } from "./queries";
import { insertEvent, insertPerson } from "./test-fixtures";

describe("searching the directory", () => {
  const t = useTestDatabase();

  it("finds people by name, affiliation or email in any letter case, ordered by family then given name", async () => {
    await insertPerson(t.db, { givenName: "Helen", familyName: "Clark", affiliation: "Helen Clark Foundation", email: "helen@clark.example.org" });
    await insertPerson(t.db, { givenName: "Terje", familyName: "Rød-Larsen", affiliation: "International Peace Institute", email: "trl@ipinst.example.org" });
    await insertPerson(t.db, { givenName: "Adam", familyName: "Lupel", affiliation: "International Peace Institute", email: "lupel@ipinst.example.org" });
    await insertPerson(t.db, { givenName: "Zainab", familyName: "Bangura", affiliation: "United Nations" });

    const names = async (q: string) => (await searchPeople(t.db, { q })).people.map((p) => p.familyName);
    expect(await names("HELEN")).toEqual(["Clark"]);
    expect(await names("clark helen")).toEqual(["Clark"]);
    expect(await names("peace institute")).toEqual(["Lupel", "Rød-Larsen"]);
    expect(await names("rød")).toEqual(["Rød-Larsen"]);
    expect(await names("LUPEL@IPINST")).toEqual(["Lupel"]);
    expect(await names("nobody")).toEqual([]);

    const all = await searchPeople(t.db, {});
    expect(all.total).toBe(4);
    expect(all.people.map((p) => p.familyName)).toEqual(["Bangura", "Clark", "Lupel", "Rød-Larsen"]);
  });

  it("treats % and _ in a query as text, not as wildcards", async () => {
    await insertPerson(t.db, { givenName: "Percent", familyName: "Owner", affiliation: "The 100% Club" });
    await insertPerson(t.db, { givenName: "Under", familyName: "Score", email: "under_score@example.org" });
    expect(escapeLike("a%b_c\\d")).toBe("a\\%b\\_c\\\\d");
    const percent = await searchPeople(t.db, { q: "%" });
    expect(percent.people.map((p) => p.familyName)).toEqual(["Owner"]);
    expect(percent.total).toBe(1);
    expect((await searchPeople(t.db, { q: "_" })).people.map((p) => p.familyName)).toEqual(["Score"]);
    expect((await searchPeople(t.db, { q: "\\" })).total).toBe(0);
  });

  it("pages through results and still reports the total", async () => {
    const page = await searchPeople(t.db, { limit: 2, offset: 2 });
    expect(page.people).toHaveLength(2);
    expect(page.total).toBe(6);
    expect(page.people.map((p) => p.familyName)).toEqual(["Lupel", "Owner"]);
  });

  it("finds people by any letter case of their email", async () => {
    const found = await findPeopleByEmails(t.db, [" Helen@Clark.Example.org", "LUPEL@ipinst.example.org", "missing@example.org"]);
    expect(found.map((p) => p.familyName).sort()).toEqual(["Clark", "Lupel"]);
    expect(await findPeopleByEmails(t.db, [])).toEqual([]);
  });

  it("shows a person with where they spoke and what they were invited to, and nothing for a malformed id", async () => {
    const person = await insertPerson(t.db, { givenName: "Ine Eriksen", familyName: "Søreide" });
    const forum = await insertEvent(t.db, "Women, Peace and Security");
    const dinner = await insertEvent(t.db, "Trygve Lie Dinner");
    await t.db.insert(eventSpeakers).values({ eventId: forum.id, personId: person.id, role: "keynote" });
    await t.db.insert(invitations).values([
      { eventId: forum.id, personId: person.id, status: "accepted" },
      { eventId: dinner.id, personId: person.id, status: "declined" },
    ]);
    const detail = await getPerson(t.db, person.id);
    expect(detail?.speakingRoles).toEqual([expect.objectContaining({ eventTitle: "Women, Peace and Security", role: "keynote" })]);
    expect(detail?.invitations.map((i) => [i.eventTitle, i.status])).toEqual([
      ["Trygve Lie Dinner", "declined"],
      ["Women, Peace and Security", "accepted"],
    ]);
    expect(await getPerson(t.db, "not-a-uuid")).toBeNull();
    expect(await getPerson(t.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("counting a broad search", () => {
  const t = useTestDatabase();

  it("counts matches up to the cap, then says there are more, and still knows whether a page follows", async () => {
    const n = PEOPLE_COUNT_CAP + 2;
    // Given names out of order, so the name order is not the insertion order.
    await t.db.insert(people).values(
      Array.from({ length: n }, (_, i) => ({ givenName: `Kofi${String((i * 7919) % n).padStart(5, "0")}`, familyName: `Member${String(i % 1500).padStart(5, "0")}`, affiliation: "Permanent Mission of Ghana" })),
    );
    await insertPerson(t.db, { familyName: "Clark", affiliation: "Helen Clark Foundation" });
    const all = await t.db.select({ familyName: people.familyName, givenName: people.givenName }).from(people).where(sql`${people.affiliation} like 'Permanent%'`);
    const nameOrder = all.sort((a, b) => (a.familyName < b.familyName ? -1 : a.familyName > b.familyName ? 1 : a.givenName < b.givenName ? -1 : 1)).map((p) => `${p.familyName} ${p.givenName}`);
    const names = (found: { people: { familyName: string; givenName: string | null }[] }) => found.people.map((p) => `${p.familyName} ${p.givenName}`);

    // Past the cap: the directory is walked in name order.
    const broad = await searchPeople(t.db, { q: "mission ghana", limit: 50 });
    expect(broad).toMatchObject({ total: PEOPLE_COUNT_CAP, more: true, hasNext: true });
    expect(names(broad)).toEqual(nameOrder.slice(0, 50));
    const middle = await searchPeople(t.db, { q: "mission ghana", limit: 50, offset: 1234 });
    expect(names(middle)).toEqual(nameOrder.slice(1234, 1284));
    // The last page, past the cap: its rows, and no page after it.
    const last = await searchPeople(t.db, { q: "mission ghana", limit: 50, offset: PEOPLE_COUNT_CAP });
    expect(names(last)).toEqual(nameOrder.slice(PEOPLE_COUNT_CAP));
    expect(last).toMatchObject({ more: true, hasNext: false });

    // At or under the cap, the count is exact, and the order the same.
    expect(await searchPeople(t.db, { q: "clark" })).toMatchObject({ total: 1, more: false, hasNext: false });
    const some = await searchPeople(t.db, { q: "member000", limit: 50, offset: 60 });
    const someOrder = nameOrder.filter((name) => name.startsWith("Member000"));
    expect(some).toMatchObject({ total: someOrder.length, more: false, hasNext: someOrder.length > 110 });
    expect(names(some)).toEqual(someOrder.slice(60, 110));
    expect((await searchPeople(t.db, { q: "member000", offset: someOrder.length })).people).toEqual([]);

    // A filter applies on either path.
    const clarkOnly = sql`${people.affiliation} like 'Helen%'`;
    expect((await searchPeople(t.db, { filter: clarkOnly })).people.map((p) => p.familyName)).toEqual(["Clark"]);
    const ghanaOnly = sql`${people.affiliation} like 'Permanent%'`;
    const filtered = await searchPeople(t.db, { filter: ghanaOnly, limit: 10 });
    expect(filtered).toMatchObject({ more: true, hasNext: true });
    expect(names(filtered)).toEqual(nameOrder.slice(0, 10));
  });

  it("finds a common name that only starts late in the name order, exactly, whichever way it is looked up", async () => {
    // 2,100 people before the Zambrano family in name order, none of them matching; then 2,003 Zambranos.
    await t.db.insert(people).values(Array.from({ length: 2100 }, (_, i) => ({ givenName: "Ada", familyName: `Abara${String(i).padStart(5, "0")}`, affiliation: "Lagos Business School" })));
    await t.db.insert(people).values(Array.from({ length: PEOPLE_COUNT_CAP + 3 }, (_, i) => ({ givenName: `Luis${String((i * 31) % (PEOPLE_COUNT_CAP + 3)).padStart(5, "0")}`, familyName: "Zambrano", affiliation: "Andean Council" })));
    await t.db.insert(people).values({ givenName: "Ana", familyName: "Abara00000a", affiliation: "Zambrano Foundation" });
    const found = await searchPeople(t.db, { q: "zambrano", limit: 20, offset: 5 });
    expect(found).toMatchObject({ total: PEOPLE_COUNT_CAP, more: true, hasNext: true });
    // The one affiliated with the Zambrano Foundation sorts first, then the family by given name.
    const expected = ["Abara00000a Ana", ...Array.from({ length: PEOPLE_COUNT_CAP + 3 }, (_, i) => `Zambrano Luis${String(i).padStart(5, "0")}`)];
    expect(found.people.map((p) => `${p.familyName} ${p.givenName}`)).toEqual(expected.slice(5, 25));
    // A rare match among them: counted and sorted from the trigram index.
    expect((await searchPeople(t.db, { q: "luis00007" })).people.map((p) => p.givenName)).toEqual(["Luis00007"]);
  });
});
