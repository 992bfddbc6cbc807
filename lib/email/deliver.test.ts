import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { devMailbox, emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { backoff } from "./backoff";
import { deliverDueEmails } from "./deliver";
import { enqueueEmail } from "./enqueue";
import { suppressAddress } from "./suppressions";
import { devMailboxTransport } from "./transports/dev-mailbox";
import type { EmailTransport, SendResult } from "./transports/types";

// Rows are queued "now" (the database clock); the deliverer's clock starts a minute later.
const T0 = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
const at = (ms: number) => new Date(T0.getTime() + ms);

/** Answers each send with the next scripted result, then succeeds. */
function scriptedTransport(script: SendResult[]): EmailTransport & { calls: number } {
  const transport = {
    name: "scripted",
    maxBatch: 100,
    calls: 0,
    async send(messages: { outboxId: string }[]) {
      transport.calls++;
      const next = script.shift() ?? { ok: true as const, providerId: "scripted" };
      return messages.map(() => next);
    },
  };
  return transport;
}

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("delivering the outbox", () => {
  const t = useTestDatabase();

  async function outboxRow(id: string) {
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    return row;
  }

  async function clearOutbox() {
    await t.db.execute(sql`delete from email_outbox`);
  }

  it("delivers a queued sign-in email to the dev mailbox and records it as sent", async () => {
    const url = "http://localhost:3000/sign-in/verify?token=tok123";
    const id = await t.db.transaction((tx) => enqueueEmail(tx, { to: "  Amina.Diallo@Example.org ", template: "sign-in", props: { url } }));
    const counts = await deliverDueEmails(t.db, { transport: devMailboxTransport(t.db), now: at(1000) });
    expect(counts).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0, suppressed: 0 });

    const [message] = await t.db.select().from(devMailbox).where(eq(devMailbox.outboxId, id));
    expect(message.toAddress).toBe("amina.diallo@example.org");
    expect(message.subject).toBe("Sign in to Convene");
    expect(message.html).toContain(`href="${url}"`);
    expect(message.html).toContain("International Peace Institute");
    expect(message.text).toContain(url);
    expect(message.text).toContain("This link works once, for 10 minutes.");

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", providerId: `dev-${id}`, attempts: 1, lastError: null });
    expect(row.sentAt).toEqual(at(1000));
    await clearOutbox();
  });

  it("retries with backoff and counts every attempt", async () => {
    const id = await enqueueEmail(t.db, { to: "retry@example.org", template: "sign-in", props: { url: "http://localhost/x" } });
    const transport = scriptedTransport([
      { ok: false, error: "Resend 503 application_error: down" },
      { ok: false, error: "Resend network error: reset" },
    ]);

    await deliverDueEmails(t.db, { transport, now: at(1000) });
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "Resend 503 application_error: down" });
    expect(row.sendAfter).toEqual(at(1000 + backoff(1)));

    // Not due yet: nothing is claimed a moment before the backoff ends.
    expect((await deliverDueEmails(t.db, { transport, now: at(1000 + backoff(1) - 1) })).claimed).toBe(0);

    const second = at(1000 + backoff(1));
    expect(await deliverDueEmails(t.db, { transport, now: second })).toMatchObject({ claimed: 1, retried: 1 });
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 2, lastError: "Resend network error: reset" });
    expect(row.sendAfter).toEqual(new Date(second.getTime() + backoff(2)));

    expect(await deliverDueEmails(t.db, { transport, now: row.sendAfter })).toMatchObject({ claimed: 1, sent: 1 });
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null, providerId: "scripted" });
    expect(transport.calls).toBe(3);
    await clearOutbox();
  });

  it("gives up after the fifth attempt and keeps the last error", async () => {
    const id = await enqueueEmail(t.db, { to: "down@example.org", template: "sign-in", props: { url: "http://localhost/x" } });
    const failing: EmailTransport = {
      name: "failing",
      maxBatch: 100,
      send: async (messages) => messages.map(() => ({ ok: false, error: "Resend 500 internal_server_error: boom" })),
    };
    let now = at(0);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const counts = await deliverDueEmails(t.db, { transport: failing, now });
      expect(counts.claimed).toBe(1);
      const row = await outboxRow(id);
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < 5 ? "pending" : "failed");
      now = row.sendAfter;
    }
    const row = await outboxRow(id);
    expect(row.lastError).toBe("Resend 500 internal_server_error: boom");
    expect((await deliverDueEmails(t.db, { transport: failing, now: at(86_400_000) })).claimed).toBe(0);
    await clearOutbox();
  });

  it("fails a permanently refused email at once", async () => {
    const id = await enqueueEmail(t.db, { to: "refused@example.org", template: "sign-in", props: { url: "http://localhost/x" } });
    const transport = scriptedTransport([{ ok: false, error: "Resend 422 validation_error: bad to", permanent: true }]);
    expect(await deliverDueEmails(t.db, { transport, now: at(0) })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "Resend 422 validation_error: bad to" });
    await clearOutbox();
  });

  it("skips a suppressed address, whatever its case, and records why", async () => {
    await suppressAddress(t.db, "Bounced@Example.org", "bounced");
    const skipped = await enqueueEmail(t.db, { to: "bounced@example.org", template: "sign-in", props: { url: "http://localhost/x" } });
    const delivered = await enqueueEmail(t.db, { to: "fine@example.org", template: "sign-in", props: { url: "http://localhost/y" } });
    const transport = scriptedTransport([]);
    expect(await deliverDueEmails(t.db, { transport, now: at(0) })).toMatchObject({ claimed: 2, sent: 1, suppressed: 1 });
    expect(await outboxRow(skipped)).toMatchObject({ status: "suppressed", lastError: "bounced", providerId: null });
    expect(await outboxRow(delivered)).toMatchObject({ status: "sent" });
    await clearOutbox();
  });

  it("hands everything back, attempts unspent, when the provider asks for a longer wait than a lease", async () => {
    const attachments = [{ filename: "a.txt", contentType: "text/plain", content: "YQ==" }];
    const ids = await Promise.all(
      ["one", "two", "three"].map((name) => enqueueEmail(t.db, { to: `${name}@example.org`, template: "sign-in", props: { url: "http://localhost/x" }, attachments })),
    );
    const transport = scriptedTransport([{ ok: false, error: "Resend 429 daily_quota_exceeded: quota", retryAfterMs: 3_600_000 }]);
    const sleep = async () => {
      throw new Error("must not sleep through an hour");
    };
    const counts = await deliverDueEmails(t.db, { transport, now: at(0), sleep });
    expect(counts).toMatchObject({ claimed: 3, sent: 0, retried: 3, failed: 0 });
    expect(transport.calls).toBe(1);
    for (const id of ids) {
      const row = await outboxRow(id);
      expect(row).toMatchObject({ status: "pending", attempts: 0 });
      expect(row.sendAfter).toEqual(at(3_600_000));
    }
    await clearOutbox();
  });

  it("fails only the row that cannot be rendered", async () => {
    const [broken] = await t.db
      .insert(emailOutbox)
      .values({ toAddress: "a@example.org", template: "sign-in", props: { url: "not a url" }, idempotencyKey: "broken" })
      .returning({ id: emailOutbox.id });
    const fine = await enqueueEmail(t.db, { to: "b@example.org", template: "sign-in", props: { url: "http://localhost/z" } });
    const counts = await deliverDueEmails(t.db, { transport: devMailboxTransport(t.db), now: at(0) });
    expect(counts).toMatchObject({ claimed: 2, sent: 1, failed: 1 });
    expect((await outboxRow(broken.id)).lastError).toMatch(/^Could not render/);
    expect((await outboxRow(fine)).status).toBe("sent");
    await clearOutbox();
  });
});
