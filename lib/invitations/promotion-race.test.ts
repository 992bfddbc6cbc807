import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, invitations } from "@/db/schema";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { installSeatMonitor, promotions, seatChecks } from "@/lib/test/seat-monitor";
import { answerInvitation } from "./answer";
import { seatsTaken } from "./capacity";
import { removeGuests } from "./mutations";
import { sendInvitations } from "./send";
import { guestActor, makeEvent, makeGuests, staff, statusOf } from "./test-fixtures";

// Each run is the same contention (38 answers at once on a full event, 20
// connections); more runs only repeat it. Every commit of every run is checked.
const RUNS = 3;
const CAPACITY = 30;
const alone = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const bringing = (name: string) => ({ ...alone, plusOneName: name });
const decline = { answer: "decline" as const, message: null };

type Guest = Awaited<ReturnType<typeof makeGuests>>[number];

/**
 * A full event with a waitlist, then everything at once: seated guests
 * decline, drop or add the person they bring, waitlisted guests give up,
 * new guests accept. PGlite is one connection, so only PostgreSQL races.
 */
// The timeout only catches a hang: how long the runs take depends on the machine, not on what they prove.
describe("freed seats while answers race on a full event", { timeout: 600_000 }, () => {
  const t = useTestDatabase();
  beforeAll(async () => {
    if (isPostgres()) await installSeatMonitor(t.db);
  });

  async function fullEvent() {
    const event = await makeEvent(t.db, { capacity: CAPACITY, plusOnesAllowed: true });
    const guests = await makeGuests(t.db, event.id, 70);
    await sendInvitations(t.db, staff, event.id);
    const answer = (g: Guest, a: Parameters<typeof answerInvitation>[3]) => answerInvitation(t.db, event.id, g.id, a, { actor: guestActor });
    // Seated: 20 alone and 5 with a plus-one (30 seats). Waiting: 25, every fourth bringing someone.
    for (const g of guests.slice(0, 20)) await answer(g, alone);
    for (const g of guests.slice(20, 25)) await answer(g, bringing(`Partner of ${g.person.givenName}`));
    for (const [i, g] of guests.slice(25, 50).entries()) expect((await answer(g, i % 4 === 3 ? bringing("A colleague") : alone)).status).toBe("waitlisted");
    return { event, guests, answer };
  }

  it("a newcomer does not take a seat the pair at the head of the line is waiting for", async () => {
    const event = await makeEvent(t.db, { capacity: 2, plusOnesAllowed: true });
    const [first, second, pair, newcomer] = await makeGuests(t.db, event.id, 4);
    await sendInvitations(t.db, staff, event.id);
    const answer = (g: Guest, a: Parameters<typeof answerInvitation>[3]) => answerInvitation(t.db, event.id, g.id, a, { actor: guestActor });
    await answer(first, alone);
    await answer(second, alone);
    expect((await answer(pair, bringing("A colleague"))).status).toBe("waitlisted");
    await answer(first, decline);
    // One seat free, the pair needs two: the seat stays free, the newcomer queues behind them,
    // and a seated guest cannot use it for a plus-one either.
    expect(await answer(newcomer, alone)).toEqual({ status: "waitlisted", waitlistPosition: 2 });
    await expect(answer(second, bringing("A late addition"))).rejects.toThrow("There is no room for an additional guest");
    // The next seat freed seats the pair, first in line.
    await answer(second, decline);
    expect(await statusOf(t.db, pair.id)).toBe("accepted");
    expect(await statusOf(t.db, newcomer.id)).toBe("waitlisted");
  });

  // The head of the line needs two seats and one is free: when that pair leaves the line, the next guest fits.
  async function pairAtTheHead() {
    const event = await makeEvent(t.db, { capacity: 3, plusOnesAllowed: true });
    const [first, second, third, pair, single] = await makeGuests(t.db, event.id, 5);
    await sendInvitations(t.db, staff, event.id);
    const answer = (g: Guest, a: Parameters<typeof answerInvitation>[3]) => answerInvitation(t.db, event.id, g.id, a, { actor: guestActor });
    for (const g of [first, second, third]) await answer(g, alone);
    expect((await answer(pair, bringing("A colleague"))).status).toBe("waitlisted");
    expect(await answer(single, alone)).toEqual({ status: "waitlisted", waitlistPosition: 2 });
    await answer(first, decline);
    expect(await statusOf(t.db, pair.id)).toBe("waitlisted");
    expect(await statusOf(t.db, single.id)).toBe("waitlisted");
    return { event, pair, single, answer };
  }

  it("when the pair at the head of the line gives up, the seat they could not use goes to the next in line", async () => {
    const { pair, single, answer } = await pairAtTheHead();
    await answer(pair, decline);
    expect(await statusOf(t.db, single.id)).toBe("accepted");
  });

  it("when staff withdraw the pair at the head of the line, the seat they could not use goes to the next in line", async () => {
    const { event, pair, single } = await pairAtTheHead();
    await removeGuests(t.db, staff, event.id, [pair.id]);
    expect(await statusOf(t.db, single.id)).toBe("accepted");
  });

  it.skipIf(!isPostgres())(`never overfills, promotes the head of the line, once, with one email each (${RUNS} runs)`, async () => {
    const summary: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { event, guests, answer } = await fullEvent();
      const line = guests.slice(25, 50).map((g) => g.id);
      const ops: { who: Guest; what: string; go: () => Promise<unknown> }[] = [
        ...guests.slice(0, 8).map((g) => ({ who: g, what: "seated declines", go: () => answer(g, decline) })),
        ...guests.slice(20, 22).map((g) => ({ who: g, what: "seated pair declines", go: () => answer(g, decline) })),
        ...guests.slice(22, 24).map((g) => ({ who: g, what: "drops plus-one", go: () => answer(g, alone) })),
        ...guests.slice(8, 11).map((g) => ({ who: g, what: "adds plus-one", go: () => answer(g, bringing("A late addition")) })),
        ...guests.slice(30, 33).map((g) => ({ who: g, what: "waitlisted declines", go: () => answer(g, decline) })),
        ...guests.slice(50, 70).map((g) => ({ who: g, what: "new acceptance", go: () => answer(g, alone) })),
      ];
      // A different interleaving each run; the seed keeps a failure reproducible.
      const order = shuffled(ops, run + 1);
      const settled = await Promise.allSettled(order.map((op) => op.go()));
      settled.forEach((s, i) => {
        if (s.status === "fulfilled") return;
        // The only refusal allowed: a seated guest asking for a seat that is not there.
        expect(order[i].what, String(s.reason)).toBe("adds plus-one");
        expect(String(s.reason)).toContain("There is no room for an additional guest");
      });

      // Every committed state, one by one.
      const checks = await seatChecks(t.db, event.id);
      expect(checks.filter((c) => c.violation).map((c) => `commit ${c.seq}: ${c.violation} (${c.seats} seats, ${c.waiting} waiting)`)).toEqual([]);
      expect(Math.max(...checks.map((c) => c.seats))).toBeLessThanOrEqual(CAPACITY);

      const promoted = await promotions(t.db, event.id);
      const ids = promoted.map((p) => p.invitationId);
      expect(new Set(ids).size, "nobody promoted twice").toBe(ids.length);
      // Promotions in commit order follow the line, and only the original line moved up
      // (new acceptances joined behind it; it never emptied, as fewer seats freed than it held).
      const onLine = ids.map((id) => line.indexOf(id));
      expect(onLine.every((i) => i >= 0)).toBe(true);
      expect(onLine).toEqual([...onLine].sort((a, b) => a - b));
      const stillWaiting = new Set(
        (await t.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.eventId, event.id), eq(invitations.status, "waitlisted")))).map(
          (r) => r.id,
        ),
      );
      // Everyone ahead of the last one promoted was promoted or left the line.
      const leftLine = new Set(guests.slice(30, 33).map((g) => g.id));
      for (const id of line.slice(0, Math.max(...onLine) + 1)) expect(ids.includes(id) || leftLine.has(id), `skipped ${line.indexOf(id)}`).toBe(true);

      const taken = await seatsTaken(t.db, event.id);
      expect(taken).toBeLessThanOrEqual(CAPACITY);
      // Freed seats went to the line: what is left free is less than the head of the line needs.
      const [head] = await t.db
        .select({ plusOnes: invitations.plusOnes })
        .from(invitations)
        .where(and(eq(invitations.eventId, event.id), eq(invitations.status, "waitlisted")))
        .orderBy(invitations.waitlistedAt, invitations.id)
        .limit(1);
      expect(head, "the line is not empty").toBeDefined();
      expect(CAPACITY - taken).toBeLessThan(1 + head.plusOnes);

      // One "promoted" email for each promotion, and none for anyone else.
      const mails = await t.db
        .select({ invitationId: emailOutbox.invitationId, n: sql<number>`count(*)::int` })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.eventId, event.id), sql`${emailOutbox.props}->>'outcome' = 'promoted'`))
        .groupBy(emailOutbox.invitationId);
      expect(Object.fromEntries(mails.map((m) => [m.invitationId, m.n]))).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
      // The new guests all queued behind the original line.
      const jumped = guests.slice(50, 70).filter((g) => !stillWaiting.has(g.id) && !ids.includes(g.id));
      expect(jumped.map((g) => g.person.givenName), "new guests seated ahead of the waitlist").toEqual([]);

      summary.push(`${checks.length} commits checked, ${ids.length} promoted, ${taken}/${CAPACITY} seats`);
    }
    console.log(`[measure] promotion race: ${summary.join("; ")}`);
  });
});

/** Fisher–Yates with a small deterministic generator (mulberry32). */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
