import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { devMailbox, emailOutbox } from "@/db/schema";
import { listOutbox } from "@/lib/email/queries";
import { useTestDatabase } from "@/lib/test/db";
import { purgeSentEmails } from "./retention";

const DAY = 86_400_000;
const NOW = new Date("2026-12-05T09:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
const attachment = { filename: "invitation.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR").toString("base64") };

describe("sent emails past their retention period", { timeout: 20_000 }, () => {
  const t = useTestDatabase();

  async function email(key: string, over: Partial<typeof emailOutbox.$inferInsert>) {
    const [row] = await t.db
      .insert(emailOutbox)
      .values({
        toAddress: "guest@example.org",
        template: "answer",
        props: { guestName: "Ms. Obi", outcome: "accepted", note: "Wheelchair access, please", sealed: "v1.a.b" },
        attachments: [attachment],
        idempotencyKey: key,
        ...over,
      })
      .returning();
    return row;
  }
  const row = async (id: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

  it("keep only what the staff pages show; younger, pending and failed emails keep everything", async () => {
    const old = await email("old", { status: "sent", sentAt: daysAgo(31) });
    const reminder = await email("old-reminder", { template: "reminder", props: { guestName: "Ms. Obi", kind: "upcoming" }, attachments: [], status: "sent", sentAt: daysAgo(40) });
    const young = await email("young", { status: "sent", sentAt: daysAgo(29) });
    const pending = await email("pending", { status: "pending" });
    const failed = await email("failed", { status: "failed" });

    expect(await purgeSentEmails(t.db, { now: NOW, retentionDays: 30 })).toEqual({ emails: 2, devMailbox: 0 });
    expect(await row(old.id)).toMatchObject({ props: { outcome: "accepted" }, attachments: [], status: "sent", toAddress: "guest@example.org", template: "answer" });
    expect((await row(reminder.id)).props).toEqual({ kind: "upcoming" });
    for (const kept of [young, pending, failed]) expect(await row(kept.id)).toMatchObject({ props: kept.props, attachments: [attachment] });
    // Emptied once: the next pass finds nothing left to do.
    expect(await purgeSentEmails(t.db, { now: NOW, retentionDays: 30 })).toEqual({ emails: 0, devMailbox: 0 });
  });

  it("follow the configured number of days", async () => {
    const week = await email("week", { status: "sent", sentAt: daysAgo(8) });
    expect((await purgeSentEmails(t.db, { now: NOW, retentionDays: 7 })).emails).toBeGreaterThanOrEqual(1);
    expect((await row(week.id)).attachments).toEqual([]);
  });

  it("leave the staff email page as it was", async () => {
    await t.db.execute(sql`delete from email_outbox`);
    await email("page", { status: "sent", sentAt: daysAgo(60), providerId: "re_123" });
    const before = await listOutbox(t.db);
    await purgeSentEmails(t.db, { now: NOW, retentionDays: 30 });
    expect(await listOutbox(t.db)).toEqual(before);
  });

  it("take old dev mailbox messages with them", async () => {
    await t.db.insert(devMailbox).values([
      { outboxId: crypto.randomUUID(), toAddress: "a@example.org", subject: "Old", html: "<p>old</p>", text: "old", createdAt: daysAgo(45) },
      { outboxId: crypto.randomUUID(), toAddress: "a@example.org", subject: "New", html: "<p>new</p>", text: "new", createdAt: daysAgo(2) },
    ]);
    expect((await purgeSentEmails(t.db, { now: NOW, retentionDays: 30 })).devMailbox).toBe(1);
    expect((await t.db.select().from(devMailbox)).map((m) => m.subject)).toEqual(["New"]);
  });

  it("use the partial index, not a scan of every email ever sent", async () => {
    // Years of outbox already emptied, and a few rows still to do.
    await t.db.execute(sql`insert into email_outbox (to_address, template, status, sent_at, idempotency_key)
      select 'guest' || i || '@example.org', 'answer', 'sent', now() - interval '90 days', 'emptied:' || i from generate_series(1, 5000) as i`);
    await email("to-do", { status: "sent", sentAt: daysAgo(31) });
    await t.db.execute(sql`analyze email_outbox`);
    const plan = JSON.stringify(
      await t.db.execute(sql`explain select id from email_outbox
        where status = 'sent' and ((props - 'kind' - 'outcome') <> '{}'::jsonb or attachments <> '[]'::jsonb) and sent_at < now()`),
    );
    expect(plan).toContain("email_outbox_unpurged_idx");
  });
});
