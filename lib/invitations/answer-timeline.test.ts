import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerTimeline } from "./queries";
import { responseTimeline } from "./timeline";
import { makeEvent, makeGuests } from "./test-fixtures";

describe("answers over time, counted by the database", () => {
  const t = useTestDatabase();

  it("matches counting each answer in the event's zone, day by day", async () => {
    const db = t.db;
    const now = new Date("2026-11-20T12:00:00Z");
    const event = await makeEvent(db, { timeZone: "Asia/Bahrain", startsAt: new Date("2026-12-01T15:00:00Z"), endsAt: new Date("2026-12-01T17:00:00Z") });
    const guests = await makeGuests(db, event.id, 7);
    const answers: [string | null, string][] = [
      ["2026-11-10T08:00:00Z", "accepted"],
      ["2026-11-10T21:30:00Z", "declined"], // already the 11th in Bahrain
      ["2026-11-12T09:00:00Z", "accepted"],
      ["2026-11-12T09:30:00Z", "waitlisted"],
      ["2026-11-19T23:59:00Z", "accepted"],
      [null, "invited"],
      [null, "not_sent"],
    ];
    for (const [i, [at, status]] of answers.entries()) {
      await db
        .update(invitations)
        .set({ status: status as never, respondedAt: at ? new Date(at) : null, invitedAt: status === "not_sent" ? null : new Date("2026-11-08T10:00:00Z") })
        .where(eq(invitations.id, guests[i].id));
    }
    const timeline = await answerTimeline(db, event, now);
    const expected = responseTimeline(
      answers.map(([at, status]) => ({ respondedAt: at ? new Date(at) : null, status })),
      { from: new Date("2026-11-08T10:00:00Z"), until: now, timeZone: "Asia/Bahrain" },
    );
    expect(timeline).toEqual(expected);
    expect(timeline[0].day).toBe("2026-11-08");
    expect(timeline.find((d) => d.day === "2026-11-11")).toEqual({ day: "2026-11-11", accepted: 1, declined: 1, waitlisted: 0 });
    expect(timeline.at(-1)).toEqual({ day: "2026-11-20", accepted: 3, declined: 1, waitlisted: 1 });
  });

  it("is empty before anyone is invited", async () => {
    const event = await makeEvent(t.db);
    await makeGuests(t.db, event.id, 2);
    expect(await answerTimeline(t.db, event)).toEqual([]);
  });
});
