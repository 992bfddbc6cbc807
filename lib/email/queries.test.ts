import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { deliverDueEmails } from "./deliver";
import { enqueueEmail } from "./enqueue";
import { retryEmail } from "./mutations";
import { countOutboxByStatus, getDevMessage, listDevMailbox, listOutbox } from "./queries";
import { devMailboxTransport } from "./transports/dev-mailbox";

const signIn = (to: string, token = "t") => ({ to, template: "sign-in" as const, props: { url: `http://localhost:3000/sign-in/verify?token=${token}` } });

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("what staff see of the outbox", () => {
  const t = useTestDatabase();

  it("lists newest first, filters by status, and never shows the personal link", async () => {
    const older = await enqueueEmail(t.db, signIn("older@example.org", "secret-older"));
    await t.db.update(emailOutbox).set({ createdAt: sql`now() - interval '1 hour'` }).where(eq(emailOutbox.id, older));
    const newer = await enqueueEmail(t.db, signIn("newer@example.org", "secret-newer"));
    await t.db.update(emailOutbox).set({ status: "failed", lastError: "Resend 422 validation_error: bad" }).where(eq(emailOutbox.id, older));

    const all = await listOutbox(t.db);
    expect(all.map((r) => r.id)).toEqual([newer, older]);
    expect(JSON.stringify(all)).not.toContain("secret-");
    expect((await listOutbox(t.db, { status: "failed" })).map((r) => r.id)).toEqual([older]);
    expect((await listOutbox(t.db, { limit: 1, offset: 1 })).map((r) => r.id)).toEqual([older]);
    expect(await countOutboxByStatus(t.db)).toEqual({ pending: 1, sending: 0, sent: 0, failed: 1, suppressed: 0 });
  });

  it("puts a failed email back in the queue, and nothing else", async () => {
    const [failed] = await listOutbox(t.db, { status: "failed" });
    const [pending] = await listOutbox(t.db, { status: "pending" });
    await t.db.update(emailOutbox).set({ attempts: 5, batchKey: "old-batch:0" }).where(eq(emailOutbox.id, failed.id));

    expect(await retryEmail(t.db, failed.id)).toBe(true);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, failed.id));
    expect(row).toMatchObject({ status: "pending", attempts: 0, batchKey: null });
    expect(row.sendAfter.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);

    expect(await retryEmail(t.db, failed.id)).toBe(false);
    expect(await retryEmail(t.db, pending.id)).toBe(false);
    expect(await retryEmail(t.db, "00000000-0000-0000-0000-000000000000")).toBe(false);
    expect(await retryEmail(t.db, "not-a-uuid")).toBe(false);
  });

  it("shows the dev mailbox newest first, filtered by recipient, one message in full", async () => {
    await deliverDueEmails(t.db, { transport: devMailboxTransport(t.db), now: new Date(Date.now() + 60_000) });
    const messages = await listDevMailbox(t.db);
    expect(messages).toHaveLength(2);
    expect(messages[0].createdAt.getTime()).toBeGreaterThanOrEqual(messages[1].createdAt.getTime());
    const mine = await listDevMailbox(t.db, { to: " Newer@Example.org" });
    expect(mine.map((m) => m.toAddress)).toEqual(["newer@example.org"]);
    const message = await getDevMessage(t.db, mine[0].id);
    expect(message?.html).toContain("token=secret-newer");
    expect(await getDevMessage(t.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
