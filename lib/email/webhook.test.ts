import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { Webhook } from "svix";
import { describe, expect, it } from "vitest";
import { emailSuppressions, events, invitations, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { enqueueEmail } from "./enqueue";
import { isSuppressed } from "./suppressions";
import { handleResendWebhook } from "./webhook";

const secret = `whsec_${randomBytes(24).toString("base64")}`;

function signed(body: string, signWith = secret): Record<string, string> {
  const id = `msg_${randomBytes(8).toString("hex")}`;
  const at = new Date();
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(signWith).sign(id, at, body),
  };
}

function event(type: string, data: Record<string, unknown>): string {
  return JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: "re_1", from: "events@convene.local", subject: "x", ...data } });
}

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("Resend webhooks", () => {
  const t = useTestDatabase();

  async function suppressionCount() {
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(emailSuppressions);
    return n;
  }

  it("accepts a signed hard bounce: the address is suppressed and the guest's invitation marked bounced", async () => {
    const [event_] = await t.db
      .insert(events)
      .values({ slug: "roundtable", title: "Roundtable", format: "roundtable", startsAt: new Date("2027-03-02T14:00:00Z"), endsAt: new Date("2027-03-02T16:00:00Z"), timeZone: "America/New_York" })
      .returning({ id: events.id });
    const [person] = await t.db.insert(people).values({ givenName: "Amina", familyName: "Diallo" }).returning({ id: people.id });
    const [invitation] = await t.db.insert(invitations).values({ eventId: event_.id, personId: person.id }).returning({ id: invitations.id });
    await enqueueEmail(t.db, { to: "amina@example.org", template: "sign-in", props: { url: "http://localhost/x" }, invitationId: invitation.id });

    const body = event("email.bounced", { to: ["Amina@Example.org"], bounce: { type: "Permanent", subType: "General", message: "No such user" } });
    const result = await handleResendWebhook(t.db, { body, headers: new Headers(signed(body)), secret });
    expect(result.status).toBe(200);
    expect(await isSuppressed(t.db, "amina@example.org")).toBe(true);
    const [suppression] = await t.db.select().from(emailSuppressions).where(eq(emailSuppressions.email, "amina@example.org"));
    expect(suppression.reason).toBe("bounced");
    const [row] = await t.db.select({ bouncedAt: invitations.bouncedAt }).from(invitations).where(eq(invitations.id, invitation.id));
    expect(row.bouncedAt).toBeInstanceOf(Date);
  });

  it("suppresses a complaint, and ignores soft bounces and other events", async () => {
    const complaint = event("email.complained", { to: ["grumpy@example.org"] });
    expect((await handleResendWebhook(t.db, { body: complaint, headers: signed(complaint), secret })).status).toBe(200);
    const [row] = await t.db.select().from(emailSuppressions).where(eq(emailSuppressions.email, "grumpy@example.org"));
    expect(row.reason).toBe("complained");

    const soft = event("email.bounced", { to: ["full@example.org"], bounce: { type: "Transient", subType: "MailboxFull", message: "full" } });
    expect(await handleResendWebhook(t.db, { body: soft, headers: signed(soft), secret })).toMatchObject({ status: 200 });
    expect(await isSuppressed(t.db, "full@example.org")).toBe(false);

    const opened = event("email.opened", { to: ["reader@example.org"] });
    expect(await handleResendWebhook(t.db, { body: opened, headers: signed(opened), secret })).toEqual({ status: 200, message: "Ignored email.opened" });
    expect(await isSuppressed(t.db, "reader@example.org")).toBe(false);
  });

  it("refuses a wrong signature with 401 and writes nothing", async () => {
    const before = await suppressionCount();
    const body = event("email.bounced", { to: ["forged@example.org"] });
    const otherSecret = `whsec_${randomBytes(24).toString("base64")}`;
    expect((await handleResendWebhook(t.db, { body, headers: signed(body, otherSecret), secret })).status).toBe(401);
    // A valid signature over a different body is just as wrong.
    expect((await handleResendWebhook(t.db, { body, headers: signed(`${body} `), secret })).status).toBe(401);
    expect((await handleResendWebhook(t.db, { body, headers: {}, secret })).status).toBe(401);
    expect(await suppressionCount()).toBe(before);
  });

  it("answers 400 to a signed body that is not JSON, and 503 without a secret", async () => {
    const body = "{not json";
    expect((await handleResendWebhook(t.db, { body, headers: signed(body), secret })).status).toBe(400);
    const valid = event("email.bounced", { to: ["x@example.org"] });
    expect((await handleResendWebhook(t.db, { body: valid, headers: signed(valid), secret: undefined })).status).toBe(503);
    expect(await isSuppressed(t.db, "x@example.org")).toBe(false);
  });
});
