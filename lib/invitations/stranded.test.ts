import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, events, invitations } from "@/db/schema";
import type { Db } from "@/db/types";
import { useTestDatabase } from "@/lib/test/db";
import { listStrandedWaitlists, promoteStrandedWaitlists } from "./stranded";
import { emailsTo, eventWithInvitedGuests, statusOf } from "./test-fixtures";

type Guest = Awaited<ReturnType<typeof eventWithInvitedGuests>>["guests"][number];

/** Answers written straight to the rows, as demo data or a hand-made fix once left them: `seated` take one seat each. */
async function lineUp(db: Db, seated: Guest[], waiting: { guest: Guest; plusOneName?: string }[]) {
  await db.update(invitations).set({ status: "accepted", respondedAt: new Date() }).where(inArray(invitations.id, seated.map((g) => g.id)));
  let i = 0;
  for (const { guest, plusOneName } of waiting) {
    await db
      .update(invitations)
      .set({ status: "waitlisted", plusOneName: plusOneName ?? null, plusOnes: plusOneName ? 1 : 0, waitlistedAt: new Date(Date.UTC(2026, 0, 1, 0, ++i)) })
      .where(eq(invitations.id, guest.id));
  }
}

describe("waitlists that should have moved", () => {
  const t = useTestDatabase();

  it("finds a line whose first party fits the seats left, and moves it up in order with the promotion email", async () => {
    const { event, guests } = await eventWithInvitedGuests(t.db, 12, { capacity: 10, plusOnesAllowed: true });
    // 7 seated, 3 free; in line: a couple, one alone, another couple (who then does not fit).
    await lineUp(t.db, guests.slice(0, 7), [{ guest: guests[7], plusOneName: "Mr. A" }, { guest: guests[8] }, { guest: guests[9], plusOneName: "Mr. B" }]);
    expect((await listStrandedWaitlists(t.db)).map((e) => e.id)).toContain(event.id);

    const promoted = await promoteStrandedWaitlists(t.db);
    expect(promoted).toEqual([guests[7].id, guests[8].id]);
    expect(await statusOf(t.db, guests[9].id)).toBe("waitlisted");
    for (const g of [guests[7], guests[8]]) expect(await emailsTo(t.db, g.id, "answer")).toHaveLength(1);
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, guests[7].id));
    expect(history.map((h) => h.action)).toContain("invitation.promoted");

    // Full now: nothing stranded, and a second run (another instance) promotes nobody and emails nobody.
    expect((await listStrandedWaitlists(t.db)).map((e) => e.id)).not.toContain(event.id);
    expect(await promoteStrandedWaitlists(t.db)).toEqual([]);
    expect(await emailsTo(t.db, guests[7].id, "answer")).toHaveLength(1);
  });

  it("leaves a line that waits by the rules: the first party does not fit the seat left", async () => {
    const { event, guests } = await eventWithInvitedGuests(t.db, 5, { capacity: 3, plusOnesAllowed: true });
    await lineUp(t.db, guests.slice(0, 2), [{ guest: guests[2], plusOneName: "Mr. A" }, { guest: guests[3] }]);
    expect((await listStrandedWaitlists(t.db)).map((e) => e.id)).not.toContain(event.id);
    await promoteStrandedWaitlists(t.db);
    expect(await statusOf(t.db, guests[3].id)).toBe("waitlisted");
  });

  it("leaves past and cancelled events alone, and finds a line on an event with no capacity", async () => {
    const past = await eventWithInvitedGuests(t.db, 2, { capacity: 10 });
    await lineUp(t.db, [], [{ guest: past.guests[0] }]);
    await t.db.update(events).set({ startsAt: sql`now() - interval '3 days'`, endsAt: sql`now() - interval '2 days'` }).where(eq(events.id, past.event.id));
    const cancelled = await eventWithInvitedGuests(t.db, 2, { capacity: 10 });
    await lineUp(t.db, [], [{ guest: cancelled.guests[0] }]);
    await t.db.update(events).set({ status: "cancelled" }).where(eq(events.id, cancelled.event.id));
    const open = await eventWithInvitedGuests(t.db, 2, { capacity: null });
    await lineUp(t.db, [], [{ guest: open.guests[0] }]);

    const found = (await listStrandedWaitlists(t.db)).map((e) => e.id);
    expect(found).toContain(open.event.id);
    expect(found).not.toContain(past.event.id);
    expect(found).not.toContain(cancelled.event.id);
    await promoteStrandedWaitlists(t.db);
    expect(await statusOf(t.db, open.guests[0].id)).toBe("accepted");
    expect(await statusOf(t.db, past.guests[0].id)).toBe("waitlisted");
  });
});
