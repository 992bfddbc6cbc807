import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, events, eventSpeakers, invitations, organizations, people, programs } from "@/db/schema";
import type { Db } from "@/db/types";
import { useTestDatabase } from "@/lib/test/db";
import { insertTestEvent } from "@/lib/test/events";
import { countReport, forgetCountedReports } from "./counted";
import { getReport, type ReportScope } from "./queries";
import { readReportRequest, reportQuery } from "./request";

const t = useTestDatabase();
const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

type Fixture = { programId: string; otherProgramId: string; programSlug: string; orgs: Record<string, string>; people: Record<string, string> };
let fx: Fixture;

async function person(db: Db, name: string, organizationId: string | null) {
  const [p] = await db
    .insert(people)
    .values({ givenName: name, familyName: "Guest", email: `${name.toLowerCase()}-${randomUUID()}@example.org`, organizationId })
    .returning({ id: people.id });
  return p.id;
}

async function guest(db: Db, eventId: string, personId: string, over: Partial<typeof invitations.$inferInsert> = {}) {
  await db.insert(invitations).values({ eventId, personId, status: "accepted", source: "invited", invitedAt: daysAgo(60), ...over });
}

// A small year: an on-record forum and roundtable, a Chatham House dinner, a
// forum with one Chatham House session, a draft, an event before the period
// and one still to come.
beforeAll(async () => {
  const db = t.db;
  const [prog, other] = await db
    .insert(programs)
    .values([
      { slug: `wps-${randomUUID()}`, name: "Women, Peace and Security" },
      { slug: `mena-${randomUUID()}`, name: "MENA" },
    ])
    .returning({ id: programs.id });
  const orgRows = await db
    .insert(organizations)
    .values([
      { name: `Mission of Norway ${randomUUID()}`, kind: "permanent_mission" },
      { name: `Mission of Ghana ${randomUUID()}`, kind: "permanent_mission" },
      { name: `UNDP ${randomUUID()}`, kind: "un_body" },
      { name: `Secret Ministry ${randomUUID()}`, kind: "government" },
      { name: `Absent NGO ${randomUUID()}`, kind: "ngo" },
    ])
    .returning({ id: organizations.id });
  const orgs = { norway: orgRows[0].id, ghana: orgRows[1].id, undp: orgRows[2].id, secret: orgRows[3].id, absent: orgRows[4].id };
  const ppl = {
    ines: await person(db, "Ine", orgs.norway),
    kofi: await person(db, "Kofi", orgs.ghana),
    achim: await person(db, "Achim", orgs.undp),
    hidden: await person(db, "Hidden", orgs.secret),
    nobody: await person(db, "Nobody", orgs.absent),
    loner: await person(db, "Loner", null),
  };
  fx = { programId: prog.id, otherProgramId: other.id, programSlug: "", orgs, people: ppl };
  fx.programSlug = (await db.select({ slug: programs.slug }).from(programs).where(eq(programs.id, prog.id)))[0].slug;

  const forum = await insertTestEvent(db, daysAgo(100), { format: "policy_forum", programId: prog.id });
  const roundtable = await insertTestEvent(db, daysAgo(50), { format: "roundtable", programId: other.id });
  const dinner = await insertTestEvent(db, daysAgo(20), { format: "dinner", attribution: "chatham_house", programId: prog.id });
  const mixed = await insertTestEvent(db, daysAgo(10), { format: "policy_forum", programId: prog.id });
  await db.insert(agendaItems).values({ eventId: mixed.id, startsAt: daysAgo(10), title: "Closed session", attribution: "chatham_house" });
  const draft = await insertTestEvent(db, daysAgo(30), { format: "workshop", status: "draft" });
  const before = await insertTestEvent(db, daysAgo(400), { format: "seminar" });
  const upcoming = await insertTestEvent(db, new Date(NOW.getTime() + 5 * DAY), { format: "launch", programId: prog.id });

  // Forum: Norway and Ghana came, UNDP accepted and did not, Absent NGO declined, a walk-in.
  await guest(db, forum.id, ppl.ines, { checkedInAt: daysAgo(100) });
  await guest(db, forum.id, ppl.kofi, { checkedInAt: daysAgo(100) });
  await guest(db, forum.id, ppl.achim);
  await guest(db, forum.id, ppl.nobody, { status: "declined" });
  await guest(db, forum.id, ppl.loner, { source: "walk_in", invitedAt: null, checkedInAt: daysAgo(100) });
  // Roundtable: Norway again, a registration that arrived.
  await guest(db, roundtable.id, ppl.ines, { checkedInAt: daysAgo(50) });
  await guest(db, roundtable.id, ppl.achim, { source: "registered", checkedInAt: daysAgo(50) });
  await guest(db, roundtable.id, ppl.nobody, { status: "invited" });
  // Chatham House dinner: the Secret Ministry came, and only here; Absent NGO came here too.
  await guest(db, dinner.id, ppl.hidden, { checkedInAt: daysAgo(20) });
  await guest(db, dinner.id, ppl.nobody, { checkedInAt: daysAgo(20) });
  await guest(db, dinner.id, ppl.kofi);
  // The forum with a Chatham House session: Ghana came.
  await guest(db, mixed.id, ppl.kofi, { checkedInAt: daysAgo(10) });
  // Out of scope: a draft, an event before the period, and an accepted guest of an event still to come.
  await guest(db, draft.id, ppl.ines, { checkedInAt: daysAgo(30) });
  await guest(db, before.id, ppl.ines, { checkedInAt: daysAgo(400) });
  await guest(db, upcoming.id, ppl.kofi);

  await db.insert(eventSpeakers).values([
    { eventId: forum.id, personId: ppl.ines, role: "speaker" },
    { eventId: forum.id, personId: ppl.achim, role: "moderator" },
    { eventId: roundtable.id, personId: ppl.ines, role: "speaker" },
    { eventId: roundtable.id, personId: ppl.loner, role: "discussant" },
    { eventId: dinner.id, personId: ppl.hidden, role: "keynote" },
  ]);
});

const year = (): ReportScope => ({ from: daysAgo(365), to: NOW, programId: null, now: NOW });

describe("the year in numbers", () => {
  it("counts events by format, confidential ones included, drafts and other periods not", async () => {
    const r = await getReport(t.db, year());
    expect(r.formats).toEqual([
      { format: "policy_forum", events: 2, confidential: 1 },
      { format: "roundtable", events: 1, confidential: 0 },
      { format: "dinner", events: 1, confidential: 1 },
    ]);
    expect(r.totals).toMatchObject({ events: 4, eventsHeld: 4, confidentialEvents: 2 });
  });

  it("counts invitations, acceptance, arrivals, no-shows and walk-ins across every event", async () => {
    const { totals } = await getReport(t.db, year());
    // Sent: forum 4, roundtable 2 (the registration is not an invitation sent), dinner 3, mixed 1.
    expect(totals.sent).toBe(10);
    expect(totals.acceptedOfSent).toBe(8);
    expect(totals.registrations).toBe(1);
    // Accepted for ended events (walk-ins aside): forum 3, roundtable 2, dinner 3, mixed 1.
    expect(totals.acceptedHeld).toBe(9);
    expect(totals.arrived).toBe(7);
    expect(totals.noShows).toBe(2);
    expect(totals.walkIns).toBe(1);
  });

  it("breaks attendance down by organization from on-record events only", async () => {
    const r = await getReport(t.db, year());
    expect(r.organizationKinds).toEqual([
      { kind: "permanent_mission", organizations: 2, attendances: 3 },
      { kind: "un_body", organizations: 1, attendances: 1 },
    ]);
    expect(r.topOrganizations.map((o) => [o.id, o.events, o.attendances])).toEqual([
      [fx.orgs.norway, 2, 2],
      [fx.orgs.ghana, 1, 1],
      [fx.orgs.undp, 1, 1],
    ]);
    const everyOrg = [...r.topOrganizations, ...r.neverCame].map((o) => o.id);
    expect(everyOrg).not.toContain(fx.orgs.secret);
  });

  it("lists organizations invited to on-record events that never came, without a word about confidential ones", async () => {
    const r = await getReport(t.db, year());
    // The Absent NGO came only to the Chatham House dinner: on the record, it never came.
    expect(r.neverCame.map((o) => [o.id, o.invitations, o.events])).toEqual([[fx.orgs.absent, 2, 2]]);
  });

  it("counts speakers by their organization's kind, on-record events only", async () => {
    const r = await getReport(t.db, year());
    expect(r.speakerKinds).toEqual([
      { kind: "permanent_mission", appearances: 2, speakers: 1 },
      { kind: "un_body", appearances: 1, speakers: 1 },
      { kind: null, appearances: 1, speakers: 1 },
    ]);
  });

  it("narrows to one programme and to one calendar year", async () => {
    const wps = await getReport(t.db, { ...year(), programId: fx.programId });
    expect(wps.totals.events).toBe(3);
    // Ties (one event each here: the mixed forum is confidential) go by name.
    expect(wps.topOrganizations.map((o) => o.id)).toEqual([fx.orgs.ghana, fx.orgs.norway]);
    const older = await getReport(t.db, { from: daysAgo(500), to: daysAgo(300), programId: null, now: NOW });
    expect(older.formats).toEqual([{ format: "seminar", events: 1, confidential: 0 }]);
    expect(older.totals.arrived).toBe(1);
  });

  it("counts an event still to come without arrivals or no-shows", async () => {
    const r = await getReport(t.db, { from: daysAgo(1), to: new Date(NOW.getTime() + 30 * DAY), programId: null, now: NOW });
    expect(r.totals).toMatchObject({ events: 1, eventsHeld: 0, acceptedHeld: 0, noShows: 0, sent: 1 });
    expect(r.neverCame).toEqual([]);
  });
});

describe("what a report asks for", () => {
  it("reads a period and a programme by its slug into the query's scope", async () => {
    const asked = await readReportRequest(t.db, { period: "2026", program: fx.programSlug }, NOW);
    if (!asked.ok) throw new Error("refused");
    expect(asked.scope).toEqual({ from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z"), programId: fx.programId, now: NOW });
    expect(reportQuery(asked.period, asked.program, { table: "formats" })).toBe(`period=2026&program=${fx.programSlug}&table=formats`);
    const every = await readReportRequest(t.db, {}, NOW);
    expect(every.ok && every.scope.programId).toBeNull();
  });

  it("says which field is wrong rather than guessing", async () => {
    expect(await readReportRequest(t.db, { period: "1999" }, NOW)).toEqual({ ok: false, fieldErrors: { period: expect.stringMatching(/^Choose a period from the list/) } });
    expect(await readReportRequest(t.db, { program: "no-such-programme" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { program: "There is no programme by that name: choose one from the list, or every programme." },
    });
  });
});

describe("the figures a page shows, counted at most once every five minutes", () => {
  it("keeps the last twelve months' count by its period, though each request's twelve months end a moment later; 'count again' counts now", async () => {
    forgetCountedReports();
    const period = { key: "last-12-months" };
    const first = await countReport(t.db, period, year());
    expect(first.value.totals.events).toBe(4);
    const added = await insertTestEvent(t.db, daysAgo(10), { programId: fx.programId });
    try {
      const later = { ...year(), to: new Date(NOW.getTime() + 1_000), now: new Date(NOW.getTime() + 1_000) };
      const kept = await countReport(t.db, period, later);
      expect(kept.value.totals.events).toBe(4);
      expect(kept.countedAt).toEqual(first.countedAt);
      // Another programme, or the CSV's full list, is a count of its own.
      expect((await countReport(t.db, period, { ...later, programId: fx.programId })).value.totals.events).toBeGreaterThan(0);
      expect((await countReport(t.db, period, later, { topLimit: null })).value.totals.events).toBe(5);
      expect((await countReport(t.db, period, later, { fresh: true })).value.totals.events).toBe(5);
    } finally {
      await t.db.delete(events).where(eq(events.id, added.id));
      forgetCountedReports();
    }
  });
});
