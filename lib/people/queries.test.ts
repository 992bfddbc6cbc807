import { describe, expect, it } from "vitest";
import { eventSpeakers, invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { escapeLike } from "@/lib/db/like";
import { findPeopleByEmails, getPerson, searchPeople } from "./queries";
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
