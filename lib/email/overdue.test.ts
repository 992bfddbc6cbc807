import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { enqueueEmails } from "./enqueue";
import { overdueLine, waitedFor } from "./overdue";
import { OVERDUE_AFTER_MS, overdueEmails } from "./queries";

const now = new Date("2026-12-06T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;

describe("how long the oldest email has waited, in words", () => {
  it("counts whole minutes up to two hours, then hours up to two days, then days", () => {
    expect(waitedFor(ago(30_000), now)).toBe("1 minute");
    expect(waitedFor(ago(6 * MINUTE), now)).toBe("6 minutes");
    expect(waitedFor(ago(119 * MINUTE), now)).toBe("119 minutes");
    expect(waitedFor(ago(120 * MINUTE), now)).toBe("2 hours");
    expect(waitedFor(ago(47 * 60 * MINUTE), now)).toBe("47 hours");
    expect(waitedFor(ago(3 * 1440 * MINUTE), now)).toBe("3 days");
    expect(overdueLine(1, ago(6 * MINUTE), now)).toBe("1 email has been waiting to go out for 6 minutes.");
    expect(overdueLine(2400, ago(3 * 60 * MINUTE), now)).toBe("2,400 emails are waiting to go out, the oldest for 3 hours.");
  });
});

describe("emails overdue", () => {
  const t = useTestDatabase();

  it("counts only unsent emails due for longer than five minutes, and names the oldest's due time", async () => {
    const to = (name: string) => ({ to: `${name}@example.org`, template: "sign-in" as const, props: { url: `http://localhost/${name}` } });
    const ids = await enqueueEmails(t.db, [to("late"), to("later"), to("fresh"), to("sent"), to("scheduled"), to("claimed-long-ago")]);
    const [late, later, fresh, sent, scheduled, claimed] = ids;
    const set = async (id: string, status: string, sendAfter: Date) =>
      t.db.execute(sql`update ${emailOutbox} set status = ${status}, send_after = ${sendAfter.toISOString()}::timestamptz where id = ${id}`);
    await set(late, "pending", ago(OVERDUE_AFTER_MS + 20 * MINUTE));
    await set(later, "pending", ago(OVERDUE_AFTER_MS + MINUTE));
    await set(fresh, "pending", ago(OVERDUE_AFTER_MS - MINUTE));
    await set(sent, "sent", ago(60 * MINUTE));
    await set(scheduled, "pending", new Date(now.getTime() + 60 * MINUTE));
    // A deliverer that died holding it: its lease ran out long ago, and nobody has sent it since.
    await set(claimed, "sending", ago(OVERDUE_AFTER_MS + 2 * MINUTE));

    const overdue = await overdueEmails(t.db, now);
    expect(overdue.count).toBe(3);
    expect(overdue.since?.toISOString()).toBe(ago(OVERDUE_AFTER_MS + 20 * MINUTE).toISOString());

    await t.db.execute(sql`update ${emailOutbox} set status = 'sent'`);
    expect(await overdueEmails(t.db, now)).toEqual({ count: 0, since: null });
  });
});
