import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { deliverDueEmails } from "@/lib/email/deliver";
import { storedProps } from "@/lib/email/sealed-links";
import { renderStoredEmail } from "@/lib/email/templates";
import { resendTransport } from "@/lib/email/transports/resend";
import { cancelEvent, updateEvent } from "@/lib/events/mutations";
import { answerInvitation } from "@/lib/invitations/answer";
import { listInvitationRecipients, listOptedOutSkips, listReminderRecipients } from "@/lib/invitations/recipients";
import { remindNonResponders } from "@/lib/invitations/reminders";
import { resendInvitation, sendInvitations } from "@/lib/invitations/send";
import { eventFormOf, formTimesFrom, guestActor, makeEvent, makeGuests, staff, statusOf } from "@/lib/invitations/test-fixtures";
import { DEFAULT_INSTITUTE } from "@/lib/settings/institute";
import { useTestDatabase } from "@/lib/test/db";
import { useOutboxAndFakeResend } from "@/lib/test/outbox";
import { LIST_UNSUBSCRIBE, LIST_UNSUBSCRIBE_POST } from "./headers";
import { optOutKeys, optOutUrl } from "./links";
import { optOutPerson, sendOptInLinkIfOptedOut } from "./mutations";
import { answerOptInPost, answerOptOutPost } from "./one-click";
import { findPersonByOptInToken, findPersonByOptOutToken } from "./queries";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const oneClick = () => new URLSearchParams({ "List-Unsubscribe": "One-Click" });
const address = "192.0.2.10";
const later = () => new Date(Date.now() + 60_000);

async function tokenFor(db: Db, personId: string): Promise<string> {
  return optOutUrl(await optOutKeys(db), personId).split("/opt-out/")[1];
}

async function personRow(db: Db, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

async function outboxTo(db: Db, to: string, template?: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), template ? eq(emailOutbox.template, template) : undefined))
    .orderBy(emailOutbox.createdAt);
}

async function rendered(db: Db, row: typeof emailOutbox.$inferSelect) {
  return renderStoredEmail(row.template, await storedProps(db, row), DEFAULT_INSTITUTE);
}

describe("opting out", () => {
  const t = useTestDatabase();
  const fake = useOutboxAndFakeResend(t);

  it("puts List-Unsubscribe (one-click) and a visible link on invitations and reminders to non-responders, not on confirmations or an accepted guest's mail", async () => {
    const event = await makeEvent(t.db, { reminderHoursBefore: 24 });
    const [a, b] = await makeGuests(t.db, event.id, 2);
    await sendInvitations(t.db, staff, event.id);
    await remindNonResponders(t.db, staff, event.id, { invitationIds: [b.id] });
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await updateEvent(t.db, staff, event.id, eventFormOf(event, formTimesFrom(new Date(event.startsAt.getTime() + 3_600_000), event.timeZone)));

    const link = optOutUrl(await optOutKeys(t.db), b.personId);
    const [invitation] = await outboxTo(t.db, b.person.email!, "invitation");
    expect(invitation.props).not.toHaveProperty("optOutUrl"); // sealed while it waits
    const email = await rendered(t.db, invitation);
    expect(email.headers).toEqual({ [LIST_UNSUBSCRIBE]: `<${link}>`, [LIST_UNSUBSCRIBE_POST]: "List-Unsubscribe=One-Click" });
    expect(email.html).toContain(link);
    expect(email.text).toContain("Stop invitations from IPI");
    const [reminder] = await outboxTo(t.db, b.person.email!, "reminder");
    expect((await rendered(t.db, reminder)).headers?.[LIST_UNSUBSCRIBE]).toBe(`<${link}>`);

    const aMail = await outboxTo(t.db, a.person.email!);
    const kinds = aMail.map((r) => `${r.template}:${String(r.props.kind ?? r.props.outcome ?? "")}`);
    expect(kinds).toEqual(expect.arrayContaining(["answer:accepted", "reminder:upcoming", "event-change:updated"]));
    for (const row of aMail.filter((r) => r.template !== "invitation")) {
      const out = await rendered(t.db, row);
      expect(out.headers, row.template).toBeUndefined();
      expect(out.text).not.toContain("Stop invitations");
    }
  });

  it("hands the headers to Resend's API, and none with a confirmation (the whole path, against a fake Resend)", async () => {
    const event = await makeEvent(t.db);
    const [a, b] = await makeGuests(t.db, event.id, 2);
    await sendInvitations(t.db, staff, event.id);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await remindNonResponders(t.db, staff, event.id);
    await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: later() });

    const keys = await optOutKeys(t.db);
    const to = (email: string, subject: RegExp) => fake.sent.filter((e) => e.to[0] === email && subject.test(e.subject));
    for (const [guest, subject] of [
      [a, /^Invitation/],
      [b, /^Invitation/],
      [b, /^Reminder/],
    ] as const) {
      const [sent] = to(guest.person.email!, subject);
      expect(sent?.headers, `${subject} to ${guest.person.email}`).toEqual({
        "List-Unsubscribe": `<${optOutUrl(keys, guest.personId)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
    }
    const [confirmation] = to(a.person.email!, /./).filter((e) => !/^Invitation/.test(e.subject));
    expect(confirmation).toBeDefined();
    expect(confirmation.headers).toEqual({});
  });

  it("takes a one-click POST with no session: opted out once, a second POST is 200 and changes nothing", async () => {
    const event = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, event.id, 1);
    const token = await tokenFor(t.db, g.personId);
    const first = new Date("2026-12-05T15:00:00Z");
    expect(await answerOptOutPost(t.db, { token, fields: oneClick(), clientAddress: address, now: first })).toMatchObject({ status: 200, kind: "opted-out", changed: true });
    expect(await personRow(t.db, g.personId)).toMatchObject({ optedOutAt: first, optedOutVia: "one_click" });
    expect(await answerOptOutPost(t.db, { token, fields: oneClick(), clientAddress: address, now: new Date(first.getTime() + 60_000) })).toMatchObject({
      status: 200,
      changed: false,
    });
    expect(await personRow(t.db, g.personId)).toMatchObject({ optedOutAt: first, optedOutVia: "one_click" });
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, g.personId), eq(auditLog.action, "person.opted_out")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: null, actorLabel: "The person, by one click from their email" });
  });

  it("records the page's button as 'from the link in an email' and sends the person back to the page", async () => {
    const event = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, event.id, 1);
    const token = await tokenFor(t.db, g.personId);
    const fields = new URLSearchParams({ "List-Unsubscribe": "One-Click", from: "page" });
    expect(await answerOptOutPost(t.db, { token, fields, clientAddress: address })).toMatchObject({ status: 303, location: `/opt-out/${token}` });
    expect((await personRow(t.db, g.personId)).optedOutVia).toBe("email_link");
  });

  it("refuses a tampered link, another body, or too many posts, in words and a 4xx, changing nothing; a link opts out only its own person", async () => {
    const event = await makeEvent(t.db);
    const [g, other] = await makeGuests(t.db, event.id, 2);
    const token = await tokenFor(t.db, g.personId);
    const tampered = `${token.slice(0, 30)}${token[30] === "A" ? "B" : "A"}${token.slice(31)}`;
    expect(await answerOptOutPost(t.db, { token: tampered, fields: oneClick(), clientAddress: address })).toEqual({ status: 404, kind: "bad-link" });
    expect(await answerOptOutPost(t.db, { token, fields: new URLSearchParams({ "List-Unsubscribe": "Yes" }), clientAddress: address })).toEqual({ status: 400, kind: "bad-request" });
    expect(await answerOptOutPost(t.db, { token, fields: null, clientAddress: address })).toEqual({ status: 400, kind: "bad-request" });
    expect((await personRow(t.db, g.personId)).optedOutAt).toBeNull();

    await answerOptOutPost(t.db, { token: await tokenFor(t.db, other.personId), fields: oneClick(), clientAddress: address });
    expect((await personRow(t.db, g.personId)).optedOutAt).toBeNull();
    expect((await personRow(t.db, other.personId)).optedOutAt).not.toBeNull();

    const guesser = "198.51.100.7";
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push((await answerOptOutPost(t.db, { token: tampered, fields: oneClick(), clientAddress: guesser })).status);
    expect(answers.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it("changes nothing when the link is only read (a mail scanner's GET)", async () => {
    const event = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, event.id, 1);
    const token = await tokenFor(t.db, g.personId);
    for (let i = 0; i < 3; i++) expect((await findPersonByOptOutToken(t.db, token))?.id).toBe(g.personId);
    expect((await personRow(t.db, g.personId)).optedOutAt).toBeNull();
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, g.personId))).toHaveLength(0);
  });

  it("Send and Remind skip opted-out people and list them with the reason; confirmations, reminders of an accepted place, changes and cancellations still go", async () => {
    const event = await makeEvent(t.db, { reminderHoursBefore: 24 });
    const [accepted, waiting, notYet, fresh] = await makeGuests(t.db, event.id, 4);
    await sendInvitations(t.db, staff, event.id, { invitationIds: [accepted.id, waiting.id] });
    const when = new Date("2026-12-05T15:00:00Z");
    for (const g of [accepted, waiting, notYet]) await optOutPerson(t.db, g.personId, "one_click", when);

    expect((await listInvitationRecipients(t.db, event.id)).map((r) => r.id)).toEqual([fresh.id]);
    expect(await listOptedOutSkips(t.db, event.id, "invitations", { timeZone: event.timeZone })).toEqual([expect.objectContaining({ id: notYet.id, reason: "opted out on 5 Dec 2026" })]);
    expect(await sendInvitations(t.db, staff, event.id)).toEqual({ sent: 1, withoutEmail: 0 });
    expect(await statusOf(t.db, notYet.id)).toBe("not_sent");
    expect(await outboxTo(t.db, notYet.person.email!)).toHaveLength(0);

    expect((await listReminderRecipients(t.db, event.id)).map((r) => r.id)).toEqual([fresh.id]);
    expect((await listOptedOutSkips(t.db, event.id, "reminders")).map((r) => [r.id, r.reason])).toEqual([
      [accepted.id, "opted out on 5 Dec 2026"],
      [waiting.id, "opted out on 5 Dec 2026"],
    ]);
    expect(await remindNonResponders(t.db, staff, event.id)).toBe(1);
    expect(await outboxTo(t.db, waiting.person.email!, "reminder")).toHaveLength(0);
    await expect(resendInvitation(t.db, staff, event.id, waiting.id)).rejects.toThrow(/opted out of invitations on 5 Dec 2026/);

    // Their place is theirs: everything about it still reaches them.
    await answerInvitation(t.db, event.id, accepted.id, accept, { actor: guestActor });
    await updateEvent(t.db, staff, event.id, eventFormOf(event, formTimesFrom(new Date(event.startsAt.getTime() + 3_600_000), event.timeZone)));
    await cancelEvent(t.db, staff, event.id, null);
    const theirs = (await outboxTo(t.db, accepted.person.email!)).map((r) => `${r.template}:${String(r.props.kind ?? r.props.outcome ?? "")}`);
    expect(theirs).toEqual(expect.arrayContaining(["answer:accepted", "event-change:updated", "event-change:cancelled"]));
    const counts = await deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), now: later() });
    expect(counts.failed).toBe(0);
    expect(fake.sent.filter((e) => e.to[0] === accepted.person.email).length).toBeGreaterThanOrEqual(3);
  });

  it("withdraws invitations and reminders to answer still waiting in the outbox, not the person's other mail", async () => {
    const event = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, event.id, 1);
    await sendInvitations(t.db, staff, event.id);
    await optOutPerson(t.db, g.personId, "one_click");
    const [row] = await outboxTo(t.db, g.person.email!, "invitation");
    expect(row).toMatchObject({ status: "suppressed", lastError: "Not sent: the person opted out of invitations" });
    expect(row.props).not.toHaveProperty("sealed");
  });

  it("only the person opts in again: a link goes only to an opted-out person's address, works once, and is refused when tampered", async () => {
    const event = await makeEvent(t.db);
    const [g, stillIn] = await makeGuests(t.db, event.id, 2);
    expect(await sendOptInLinkIfOptedOut(t.db, "nobody@example.org")).toEqual({ sent: false });
    expect(await sendOptInLinkIfOptedOut(t.db, stillIn.person.email!)).toEqual({ sent: false });
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.template, "opt-in"))).toHaveLength(0);

    await optOutPerson(t.db, g.personId, "one_click");
    expect(await sendOptInLinkIfOptedOut(t.db, g.person.email!.toUpperCase())).toEqual({ sent: true });
    const [mail] = await outboxTo(t.db, g.person.email!, "opt-in");
    const url = String((await storedProps(t.db, mail)).url);
    const token = url.split("/opt-in/")[1];
    expect((await findPersonByOptInToken(t.db, token))?.id).toBe(g.personId);
    const tampered = `${token.slice(0, -3)}${token.at(-3) === "A" ? "B" : "A"}${token.slice(-2)}`;
    expect(await answerOptInPost(t.db, { token: tampered, clientAddress: address })).toEqual({ status: 404, kind: "bad-link" });
    expect((await personRow(t.db, g.personId)).optedOutAt).not.toBeNull();

    expect(await answerOptInPost(t.db, { token, clientAddress: address })).toMatchObject({ status: 303, changed: true });
    expect(await personRow(t.db, g.personId)).toMatchObject({ optedOutAt: null, optedOutVia: null });
    expect(await answerOptInPost(t.db, { token, clientAddress: address })).toEqual({ status: 404, kind: "bad-link" });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, g.personId), eq(auditLog.action, "person.opted_in")));
    expect(entry.actorLabel).toBe("The person, from the opt-in link we emailed them");
    // Back among those Send reaches.
    expect((await listInvitationRecipients(t.db, event.id)).map((r) => r.id)).toContain(g.id);
  });
});
