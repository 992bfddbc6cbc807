import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, settings } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { startFakeResend } from "@/lib/test/fake-resend";
import { signInEmail as signIn, useOutboxAndFakeResend } from "@/lib/test/outbox";
import { deliverDueEmails } from "../deliver";
import { enqueueEmail, enqueueEmails } from "../enqueue";
import { resendTransport, retryAfterMs } from "./resend";

const now = () => new Date(Date.now() + 60_000);

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("the Resend transport, against a fake Resend", () => {
  const t = useTestDatabase();
  const fake = useOutboxAndFakeResend(t);

  it("sends a single email with the outbox id as its Idempotency-Key", async () => {
    const id = await enqueueEmail(t.db, signIn("Single@Example.org"));
    const counts = await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: now() });
    expect(counts).toMatchObject({ claimed: 1, sent: 1 });
    expect(fake.requests).toMatchObject([{ path: "/emails", idempotencyKey: id, count: 1, status: 200 }]);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ to: ["single@example.org"], from: "Convene <events@convene.local>", subject: "Sign in to Convene" });
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", providerId: fake.sent[0].id });
  });

  it("sends From the institute's sender with its Reply-To, once an admin set them (/staff/settings)", async () => {
    await t.db.insert(settings).values({ key: "institute", value: { senderName: "GPC Events", senderEmail: "events@gpc.example", replyTo: "desk@gpc.example" } });
    try {
      await enqueueEmails(t.db, [signIn("one@example.org"), signIn("two@example.org")]);
      await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: now() });
      expect(fake.sent).toHaveLength(2);
      for (const email of fake.sent) expect(email).toMatchObject({ from: "GPC Events <events@gpc.example>", replyTo: "desk@gpc.example" });
    } finally {
      await t.db.delete(settings).where(eq(settings.key, "institute"));
    }
  });

  it("sends 250 emails without attachments as batches of 100, 100 and 50", async () => {
    const ids = await enqueueEmails(t.db, Array.from({ length: 250 }, (_, i) => signIn(`guest${i}@example.org`)));
    const counts = await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: now() });
    expect(counts).toMatchObject({ claimed: 250, sent: 250, retried: 0, failed: 0 });
    expect(fake.requests.map((r) => [r.path, r.count, r.status])).toEqual([
      ["/emails/batch", 100, 200],
      ["/emails/batch", 100, 200],
      ["/emails/batch", 50, 200],
    ]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(3);
    expect(new Set(fake.sent.map((e) => e.to[0])).size).toBe(250);
    const rows = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
    expect(new Set(rows.map((r) => r.providerId))).toEqual(new Set(fake.sent.map((e) => e.id)));
  });

  it("sends an email with an attachment on its own, attachment included", async () => {
    await enqueueEmails(t.db, [signIn("one@example.org"), signIn("two@example.org")]);
    const content = Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64");
    const withFile = await enqueueEmail(t.db, {
      ...signIn("three@example.org"),
      attachments: [{ filename: "invitation.ics", contentType: "text/calendar", content }],
    });
    await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: now() });
    const single = fake.requests.filter((r) => r.path === "/emails");
    expect(single).toMatchObject([{ path: "/emails", idempotencyKey: withFile, count: 1, status: 200 }]);
    expect(fake.requests.filter((r) => r.path === "/emails/batch").map((r) => r.count)).toEqual([2]);
    const attached = fake.sent.find((e) => e.to[0] === "three@example.org");
    expect(attached?.attachments).toEqual([{ filename: "invitation.ics", content, content_type: "text/calendar" }]);
  });

  it("waits out a 429 as long as retry-after says, then completes with nothing failed", async () => {
    // Without the ratelimit-* headers the deliverer only learns the limit from the 429 itself.
    const limited = await startFakeResend({ requestsPerSecond: 1, rateLimitHeaders: false });
    try {
      // Three single sends against one request per second: at least two 429s.
      const content = Buffer.from("x").toString("base64");
      const attachments = [{ filename: "note.txt", contentType: "text/plain", content }];
      await enqueueEmails(t.db, [1, 2, 3].map((i) => ({ ...signIn(`limited${i}@example.org`), attachments })));
      const slept: number[] = [];
      const sleep = async (ms: number) => {
        slept.push(ms);
        await new Promise((resolve) => setTimeout(resolve, ms));
      };
      const counts = await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: limited.url }), now: now(), sleep });
      expect(counts).toMatchObject({ claimed: 3, sent: 3, failed: 0, retried: 0 });
      expect(limited.sent).toHaveLength(3);
      expect(limited.requests.some((r) => r.status === 429)).toBe(true);
      // The first wait is the retry-after itself; later ones keep the learned pace.
      expect(slept[0]).toBeGreaterThanOrEqual(1_000);
      const rows = await t.db.select().from(emailOutbox);
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    } finally {
      await limited.close();
    }
  });

  it("keeps to the limit Resend announces, so nothing is refused", async () => {
    const limited = await startFakeResend({ requestsPerSecond: 2 });
    try {
      const attachments = [{ filename: "note.txt", contentType: "text/plain", content: Buffer.from("x").toString("base64") }];
      await enqueueEmails(t.db, [1, 2, 3, 4].map((i) => ({ ...signIn(`paced${i}@example.org`), attachments })));
      const slept: number[] = [];
      const sleep = async (ms: number) => {
        slept.push(ms);
        await new Promise((resolve) => setTimeout(resolve, ms));
      };
      const counts = await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: limited.url }), now: now(), sleep });
      expect(counts).toMatchObject({ claimed: 4, sent: 4 });
      expect(limited.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      // It waited because Resend said so, not by luck: it slept between requests, never
      // longer than the half second Resend's limit asks (how long each wait was depends
      // on how long the machine took between them, which no test here may rely on).
      expect(slept.length).toBeGreaterThanOrEqual(1);
      expect(Math.max(...slept)).toBeLessThanOrEqual(600);
    } finally {
      await limited.close();
    }
  });

  it("reads retry-after as seconds or as a date", () => {
    expect(retryAfterMs("2")).toBe(2_000);
    expect(retryAfterMs("0.5")).toBe(500);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs(undefined)).toBe(1_000);
  });
});
