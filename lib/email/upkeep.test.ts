import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { deliveryFailureLine, PURGE_EVERY_MS, purgeHourly } from "./upkeep";

const DAY = 86_400_000;

describe("the hourly purge after delivery runs", { timeout: 20_000 }, () => {
  const t = useTestDatabase();

  it("empties old sent emails at most once an hour per clock", async () => {
    const email = (key: string) =>
      t.db
        .insert(emailOutbox)
        .values({ toAddress: "guest@example.org", template: "answer", props: { guestName: "Ms. Obi", outcome: "accepted" }, idempotencyKey: key, status: "sent", sentAt: new Date(Date.now() - 400 * DAY) })
        .returning({ id: emailOutbox.id })
        .then(([row]) => row.id);
    const props = async (id: string) => (await t.db.select({ props: emailOutbox.props }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0].props;

    const clock: { purgedAt?: number } = {};
    const first = await email("first");
    const now = Date.now();
    expect(await purgeHourly(t.db, clock, now)).toBe(true);
    expect(clock.purgedAt).toBe(now);
    expect(await props(first)).toEqual({ outcome: "accepted" });

    // Within the hour: nothing is read or written, however many runs end.
    const second = await email("second");
    expect(await purgeHourly(t.db, clock, now + PURGE_EVERY_MS - 1)).toBe(false);
    expect(await props(second)).toEqual({ guestName: "Ms. Obi", outcome: "accepted" });

    // An hour on, the next run purges again.
    expect(await purgeHourly(t.db, clock, now + PURGE_EVERY_MS)).toBe(true);
    expect(await props(second)).toEqual({ outcome: "accepted" });
  });
});

describe("the log line of a delivery run that threw", () => {
  it("says paused, with the connection's code, when the database is out of reach", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(deliveryFailureLine(refused)).toBe("Email delivery paused: the database is out of reach (ECONNREFUSED); the next run tries again.");
  });

  it("says failed with the message otherwise, never the error's other fields", () => {
    const e = Object.assign(new Error("the provider refused the key"), { parameters: ["guest@example.org"] });
    expect(deliveryFailureLine(e)).toBe("Email delivery failed: the provider refused the key");
    expect(deliveryFailureLine("a string")).toBe("Email delivery failed: a string");
  });
});
