import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { deliverDueEmails } from "./deliver";
import { enqueueEmail } from "./enqueue";
import { openLinks, outboxKeyFrom, sealContext, sealLinks, storedProps } from "./sealed-links";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transports/types";

const key = outboxKeyFrom("one-server-secret-of-enough-length");
const link = "https://events.example.org/rsvp/Yk3p0s1y7Rk2o9bVt8QxWc4nZ6aLm5eHd1uJf0gTqPs";
const props = { guestName: "Dr. Lupel", respondUrl: link, kind: "no-answer" };
const context = sealContext("reminder", "adam@example.org");

/** Keeps what it was given; answers as told. */
function recordingTransport(result: (m: OutgoingEmail) => SendResult = () => ({ ok: true, providerId: "p" })): EmailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    name: "recording",
    maxBatch: 100,
    sent,
    async send(messages) {
      sent.push(...messages);
      return messages.map(result);
    },
  };
}

describe("links sealed in the outbox", () => {
  it("keep everything but the link readable, and open back to the same props", () => {
    const sealed = sealLinks(props, ["respondUrl"], key, context);
    expect(sealed).toMatchObject({ guestName: "Dr. Lupel", kind: "no-answer", sealed: expect.stringMatching(/^v1\.[\w-]+\.[\w-]+$/) });
    expect(sealed).not.toHaveProperty("respondUrl");
    expect(JSON.stringify(sealed)).not.toContain("Yk3p0s1y7Rk2o9bVt8QxWc4nZ6aLm5eHd1uJf0gTqPs");
    expect(openLinks(sealed, key, context)).toEqual(props);
  });

  it("seal the same link differently each time", () => {
    expect(sealLinks(props, ["respondUrl"], key, context).sealed).not.toBe(sealLinks(props, ["respondUrl"], key, context).sealed);
  });

  it("leave a missing link as it is: nothing to seal", () => {
    const none = { ...props, respondUrl: null };
    expect(sealLinks(none, ["respondUrl"], key, context)).toEqual(none);
  });

  it("do not open under another secret, on another address or template, or once altered", () => {
    const sealed = sealLinks(props, ["respondUrl"], key, context);
    expect(() => openLinks(sealed, outboxKeyFrom("another-server-secret-entirely"), context)).toThrow(/another AUTH_SECRET/);
    expect(() => openLinks(sealed, key, sealContext("reminder", "intruder@example.org"))).toThrow(/another AUTH_SECRET/);
    expect(() => openLinks(sealed, key, sealContext("invitation", "adam@example.org"))).toThrow(/another AUTH_SECRET/);
    const [v, iv, body] = String(sealed.sealed).split(".");
    const flipped = `${body.slice(0, 5)}${body[5] === "A" ? "B" : "A"}${body.slice(6)}`;
    expect(() => openLinks({ ...sealed, sealed: `${v}.${iv}.${flipped}` }, key, context)).toThrow(/another AUTH_SECRET/);
    expect(() => openLinks({ ...sealed, sealed: "v9.x.y" }, key, context)).toThrow(/does not know/);
  });

  it("pass props queued before links were sealed through untouched", () => {
    expect(openLinks(props, key, context)).toEqual(props);
  });
});

describe("the deliverer and sealed links", { timeout: 20_000 }, () => {
  const t = useTestDatabase();
  const later = () => new Date(Date.now() + 60_000);
  const row = async (id: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

  it("opens the link to send it, then drops it from the row: a sent email keeps no link", async () => {
    const url = "http://localhost:3000/sign-in/verify?token=S3cr3tT0kenValue";
    const id = await enqueueEmail(t.db, { to: "ines@example.org", template: "sign-in", props: { url } });
    expect(JSON.stringify(await row(id))).not.toContain("S3cr3tT0kenValue");
    const transport = recordingTransport();
    expect(await deliverDueEmails(t.db, { transport, now: later() })).toMatchObject({ sent: 1 });
    expect(transport.sent[0].html).toContain(`href="${url}"`);
    const sent = await row(id);
    expect(sent.status).toBe("sent");
    expect(sent.props).toEqual({});
  });

  it("keeps the sealed link of an email that failed, for sending again", async () => {
    const id = await enqueueEmail(t.db, { to: "kofi@example.org", template: "sign-in", props: { url: "http://localhost:3000/sign-in/verify?token=x" } });
    await deliverDueEmails(t.db, { transport: recordingTransport(() => ({ ok: false, error: "refused", permanent: true })), now: later() });
    const failed = await row(id);
    expect(failed.status).toBe("failed");
    expect(await storedProps(t.db, failed)).toEqual({ url: "http://localhost:3000/sign-in/verify?token=x" });
  });

  it("still sends an email queued before links were sealed, and drops its plain link once sent", async () => {
    const [legacy] = await t.db
      .insert(emailOutbox)
      .values({ toAddress: "old@example.org", template: "sign-in", props: { url: "http://localhost:3000/sign-in/verify?token=old" }, idempotencyKey: "legacy" })
      .returning();
    const transport = recordingTransport();
    await deliverDueEmails(t.db, { transport, now: later() });
    expect(transport.sent.find((m) => m.outboxId === legacy.id)?.text).toContain("token=old");
    expect((await row(legacy.id)).props).toEqual({});
  });

  it("fails, and says why, an email whose link was sealed under another secret", async () => {
    const id = await enqueueEmail(t.db, { to: "moved@example.org", template: "sign-in", props: { url: "http://localhost:3000/x" } });
    const original = await row(id);
    // As if the row had been written by a server with another AUTH_SECRET.
    const foreign = sealLinks({ url: "http://localhost:3000/x" }, ["url"], outboxKeyFrom("a-secret-this-server-never-had"), sealContext("sign-in", "moved@example.org"));
    await t.db.update(emailOutbox).set({ props: foreign }).where(eq(emailOutbox.id, original.id));
    const transport = recordingTransport();
    expect(await deliverDueEmails(t.db, { transport, now: later() })).toMatchObject({ failed: 1, sent: 0 });
    expect(transport.sent).toEqual([]);
    expect((await row(id)).lastError).toMatch(/Could not render: its links were sealed with another AUTH_SECRET/);
  });
});
