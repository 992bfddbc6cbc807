import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { seatsTaken } from "./capacity";
import { sendInvitations } from "./send";
import { guestActor, makeEvent, makeGuests, staff } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
// Every run is the same contention (200 answers at once, 20 connections); more runs only repeat it.
const RUNS = 5;

// PGlite is one connection, so answers there queue anyway; on PostgreSQL
// twenty connections answer at once and only the event row lock keeps the count right.
// The timeout only catches a hang: how long the runs take depends on the machine, not on what they prove.
describe("answers arriving in the same second", { timeout: 600_000 }, () => {
  const t = useTestDatabase();

  it.skipIf(!isPostgres())(`200 acceptances against 50 seats: exactly 50 seated, 150 waiting, every time (${RUNS} runs)`, async () => {
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const event = await makeEvent(t.db, { capacity: 50 });
      const guests = await makeGuests(t.db, event.id, 200);
      await sendInvitations(t.db, staff, event.id);
      const results = await Promise.all(guests.map((g) => answerInvitation(t.db, event.id, g.id, accept, { actor: guestActor })));
      const seated = results.filter((r) => r.status === "accepted").length;
      const waiting = results.filter((r) => r.status === "waitlisted");
      const [rows] = await t.db
        .select({ n: sql<string>`count(*)`, distinct: sql<string>`count(distinct ${invitations.personId})` })
        .from(invitations)
        .where(eq(invitations.eventId, event.id));
      const [stored] = await t.db
        .select({ n: sql<string>`count(*)` })
        .from(invitations)
        .where(and(eq(invitations.eventId, event.id), eq(invitations.status, "waitlisted")));
      expect(seated).toBe(50);
      expect(waiting).toHaveLength(150);
      expect(await seatsTaken(t.db, event.id)).toBe(50);
      expect(Number(stored.n)).toBe(150);
      expect(Number(rows.n)).toBe(200);
      expect(Number(rows.distinct)).toBe(200);
      // Waitlist places are 1…150, each given once.
      expect(waiting.map((w) => w.waitlistPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      outcomes.push(`${seated}/${waiting.length}`);
    }
    expect(outcomes).toEqual(Array(RUNS).fill("50/150"));
  });
  // Declines, plus-one changes and acceptances racing on a full event: promotion-race.test.ts.
});
