import { eq, sql } from "drizzle-orm";
import { drawAttachments } from "@/lib/email/attachments";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, events, invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { seatsTaken } from "./capacity";
import { findGuestByToken, guestCounts } from "./queries";
import { removeGuests } from "./mutations";
import { resendInvitation, sendInvitations } from "./send";
import { emailsTo, eventFormOf, eventWithInvitedGuests, guestActor, makeEvent, makeGuests, staff, statusOf, tokenFromOutbox } from "./test-fixtures";
import { hashGuestToken } from "./tokens";

const accept = (plusOneName: string | null = null, extra: { dietary?: string | null; accessibility?: string | null } = {}) => ({
  answer: "accept" as const,
  plusOneName,
  dietary: extra.dietary ?? null,
  accessibility: extra.accessibility ?? null,
});
const decline = (message: string | null = null) => ({ answer: "decline" as const, message });

describe("sending invitations", () => {
  const t = useTestDatabase();

  it("invites every guest not yet invited in one go, each with a link whose hash alone is stored", async () => {
    const event = await makeEvent(t.db);
    const guests = await makeGuests(t.db, event.id, 3, { withoutEmail: 1 });
    const result = await sendInvitations(t.db, staff, event.id);
    expect(result).toEqual({ sent: 2, withoutEmail: 1 });
    expect(await statusOf(t.db, guests[0].id)).toBe("not_sent");
    for (const g of guests.slice(1)) {
      expect(await statusOf(t.db, g.id)).toBe("invited");
      const [email] = await emailsTo(t.db, g.id, "invitation");
      expect(email.toAddress).toBe(g.person.email);
      const token = await tokenFromOutbox(t.db, g.id);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      const [row] = await t.db.select().from(invitations).where(eq(invitations.id, g.id));
      expect(row.tokenHash).toBe(hashGuestToken(token));
      expect(JSON.stringify(row)).not.toContain(token);
    }
    // A second send finds nobody new.
    expect(await sendInvitations(t.db, staff, event.id)).toEqual({ sent: 0, withoutEmail: 1 });
  });

  it("sends only to the guests chosen", async () => {
    const event = await makeEvent(t.db);
    const [a, b] = await makeGuests(t.db, event.id, 2);
    await sendInvitations(t.db, staff, event.id, { invitationIds: [b.id] });
    expect(await statusOf(t.db, a.id)).toBe("not_sent");
    expect(await statusOf(t.db, b.id)).toBe("invited");
  });

  it("refuses a draft, a cancelled and a past event, and changes nothing", async () => {
    for (const over of [{ status: "draft" as const }, { status: "cancelled" as const }, { startsAt: new Date(Date.now() - 3 * 86_400_000), endsAt: new Date(Date.now() - 2 * 86_400_000) }]) {
      const event = await makeEvent(t.db, over);
      const [g] = await makeGuests(t.db, event.id, 1);
      await expect(sendInvitations(t.db, staff, event.id)).rejects.toThrow(/draft|cancelled|taken place/);
      expect(await statusOf(t.db, g.id)).toBe("not_sent");
      expect(await emailsTo(t.db, g.id)).toHaveLength(0);
    }
  });

  it("re-sends the same link, and revoking gives a new one while the old one stops working", async () => {
    const { event, guests: [g] } = await eventWithInvitedGuests(t.db, 1);
    const first = await tokenFromOutbox(t.db, g.id);
    await resendInvitation(t.db, staff, event.id, g.id);
    expect(await tokenFromOutbox(t.db, g.id)).toBe(first);
    expect(await findGuestByToken(t.db, first)).not.toBeNull();
    await resendInvitation(t.db, staff, event.id, g.id, { newLink: true });
    const second = await tokenFromOutbox(t.db, g.id);
    expect(second).not.toBe(first);
    expect(await findGuestByToken(t.db, first)).toBeNull();
    expect((await findGuestByToken(t.db, second))?.id).toBe(g.id);
  });

  it("refuses to re-send an invitation of another event", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, other.id, 1);
    await sendInvitations(t.db, staff, other.id);
    await expect(resendInvitation(t.db, staff, event.id, g.id)).rejects.toThrow(/no longer on the list/);
  });
});

describe("the guest's link", () => {
  const t = useTestDatabase();

  it("shows the guest and changes nothing however often it is opened", async () => {
    const { event, guests: [g] } = await eventWithInvitedGuests(t.db, 1);
    const token = await tokenFromOutbox(t.db, g.id);
    const count = async () => {
      const [row] = await t.db.select({ n: sql<string>`(select count(*) from email_outbox) + (select count(*) from audit_log)` }).from(events).limit(1);
      return row.n;
    };
    const before = await t.db.select().from(invitations).where(eq(invitations.id, g.id));
    const n = await count();
    for (let i = 0; i < 3; i++) {
      const page = await findGuestByToken(t.db, token);
      expect(page?.person.givenName).toBe("Guest0");
      expect(page?.event.title).toBe(event.title);
    }
    expect(await t.db.select().from(invitations).where(eq(invitations.id, g.id))).toEqual(before);
    expect(await count()).toBe(n);
  });

  it("is null for a malformed, unknown or withdrawn link and for a draft event", async () => {
    expect(await findGuestByToken(t.db, "nope")).toBeNull();
    expect(await findGuestByToken(t.db, "A".repeat(43))).toBeNull();
    const { event, guests: [g] } = await eventWithInvitedGuests(t.db, 1);
    const token = await tokenFromOutbox(t.db, g.id);
    await removeGuests(t.db, staff, event.id, [g.id]);
    expect(await statusOf(t.db, g.id)).toBe("cancelled");
    expect(await findGuestByToken(t.db, token)).toBeNull();
    await expect(answerInvitation(t.db, event.id, g.id, accept(), { actor: guestActor })).rejects.toThrow(/withdrawn/);
  });
});

describe("answers, capacity and the waitlist", () => {
  const t = useTestDatabase();

  const invited = (n: number, over: Partial<typeof events.$inferInsert> = {}) => eventWithInvitedGuests(t.db, n, over);

  it("accepts with a plus-one, dietary and accessibility needs when the event asks for them, and emails a calendar file", async () => {
    const { event, guests } = await invited(1, { plusOnesAllowed: true, askDietary: true, askAccessibility: true });
    const result = await answerInvitation(t.db, event.id, guests[0].id, accept("Mr. Kjetil Tronvoll", { dietary: "Vegetarian", accessibility: "Step-free access" }), { actor: guestActor });
    expect(result).toEqual({ status: "accepted", waitlistPosition: null });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, guests[0].id));
    expect(row).toMatchObject({ plusOneName: "Mr. Kjetil Tronvoll", plusOnes: 1, dietary: "Vegetarian", accessibility: "Step-free access" });
    expect(await seatsTaken(t.db, event.id)).toBe(2);
    const confirmation = (await emailsTo(t.db, guests[0].id, "answer")).at(-1)!;
    expect(confirmation.props.outcome).toBe("accepted");
    const ics = Buffer.from(drawAttachments(confirmation.attachments)[0].content, "base64").toString("utf8");
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:invitation-${guests[0].id}@convene`);
    expect(ics).toContain("SEQUENCE:0");
    expect(ics).toMatch(/DTSTART;TZID=America\/New_York:\d{8}T\d{6}/);
    expect(ics).toContain("BEGIN:VTIMEZONE");
  });

  it("ignores a plus-one and questions the event does not ask", async () => {
    const { event, guests } = await invited(1, { plusOnesAllowed: false, askDietary: false, askAccessibility: false });
    await answerInvitation(t.db, event.id, guests[0].id, accept("Someone", { dietary: "Vegan", accessibility: "Ramp" }), { actor: guestActor });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, guests[0].id));
    expect(row).toMatchObject({ status: "accepted", plusOneName: null, plusOnes: 0, dietary: null, accessibility: null });
  });

  it("tells a party that does not fit the seat left why it waits, not that the event is full", async () => {
    const { event, guests } = await invited(2, { capacity: 2, plusOnesAllowed: true });
    await answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor });
    expect((await answerInvitation(t.db, event.id, guests[1].id, accept("Partner B"), { actor: guestActor })).status).toBe("waitlisted");
    expect((await emailsTo(t.db, guests[1].id, "answer")).at(-1)?.props).toMatchObject({
      outcome: "waitlisted",
      waitlistReason: "There is 1 place left, and you asked for 2 places: for you and your guest.",
    });
  });

  it("never seats more than the capacity, counting plus-ones; the rest wait in order and are told their place", async () => {
    const { event, guests } = await invited(5, { capacity: 3, plusOnesAllowed: true });
    const [a, b, c, d, e] = guests;
    expect((await answerInvitation(t.db, event.id, a.id, accept("Partner A"), { actor: guestActor })).status).toBe("accepted");
    expect((await answerInvitation(t.db, event.id, b.id, accept(), { actor: guestActor })).status).toBe("accepted");
    expect(await answerInvitation(t.db, event.id, c.id, accept("Partner C"), { actor: guestActor })).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect(await answerInvitation(t.db, event.id, d.id, accept(), { actor: guestActor })).toEqual({ status: "waitlisted", waitlistPosition: 2 });
    expect(await seatsTaken(t.db, event.id)).toBe(3);
    expect((await emailsTo(t.db, c.id, "answer")).at(-1)?.props).toMatchObject({ outcome: "waitlisted", waitlistPosition: 1, waitlistReason: "The event is full." });

    // B declines: one seat free, but C (first in line) needs two, so nobody passes C.
    await answerInvitation(t.db, event.id, b.id, decline("Travelling"), { actor: guestActor });
    expect(await statusOf(t.db, c.id)).toBe("waitlisted");
    expect(await statusOf(t.db, d.id)).toBe("waitlisted");

    // A declines too: three free; C (two) then D (one) are promoted, in order, and emailed.
    await answerInvitation(t.db, event.id, a.id, decline(), { actor: guestActor });
    expect(await statusOf(t.db, c.id)).toBe("accepted");
    expect(await statusOf(t.db, d.id)).toBe("accepted");
    expect(await seatsTaken(t.db, event.id)).toBe(3);
    expect((await emailsTo(t.db, c.id, "answer")).at(-1)?.props.outcome).toBe("promoted");
    expect((await emailsTo(t.db, d.id, "answer")).at(-1)?.attachments.map((f) => f.contentType.split(";")[0])).toEqual(["text/calendar", "image/png"]);
    const promotions = await t.db.select().from(auditLog).where(eq(auditLog.action, "invitation.promoted"));
    expect(promotions.map((p) => p.entityId).sort()).toEqual([c.id, d.id].sort());

    // E now waits; the counts agree.
    expect((await answerInvitation(t.db, event.id, e.id, accept(), { actor: guestActor })).status).toBe("waitlisted");
    expect(await guestCounts(t.db, event.id)).toMatchObject({ accepted: 2, seats: 3, declined: 2, waitlisted: 1, noAnswer: 0 });
  });

  it("lets a seated guest drop their plus-one (freeing a seat) but not add one to a full event", async () => {
    const { event, guests } = await invited(3, { capacity: 2, plusOnesAllowed: true });
    const [a, b, c] = guests;
    await answerInvitation(t.db, event.id, a.id, accept(), { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, accept(), { actor: guestActor });
    await expect(answerInvitation(t.db, event.id, a.id, accept("Partner"), { actor: guestActor })).rejects.toThrow(/no room for an additional guest/);
    expect(await statusOf(t.db, a.id)).toBe("accepted");
    await answerInvitation(t.db, event.id, c.id, accept(), { actor: guestActor });
    expect(await statusOf(t.db, c.id)).toBe("waitlisted");
  });

  it("promotes the waitlist when staff raise the capacity or withdraw a seated guest", async () => {
    const { updateEvent } = await import("@/lib/events/mutations");
    const { event, guests } = await invited(4, { capacity: 1 });
    const [a, b, c] = guests;
    for (const g of [a, b, c]) await answerInvitation(t.db, event.id, g.id, accept(), { actor: guestActor });
    expect(await guestCounts(t.db, event.id)).toMatchObject({ accepted: 1, waitlisted: 2 });
    await removeGuests(t.db, staff, event.id, [a.id]);
    expect(await statusOf(t.db, b.id)).toBe("accepted");
    const form = eventFormOf(event, { capacity: "2" });
    await updateEvent(t.db, staff, event.id, form);
    expect(await statusOf(t.db, c.id)).toBe("accepted");
  });

  it("refuses answers after the deadline (staff may still record one) and on a cancelled event", async () => {
    const { event, guests } = await invited(2, { rsvpDeadline: new Date(Date.now() - 60_000) });
    await expect(answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor })).rejects.toThrow(/date to answer has passed/);
    expect(await statusOf(t.db, guests[0].id)).toBe("invited");
    await answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: staff, ignoreDeadline: true });
    expect(await statusOf(t.db, guests[0].id)).toBe("accepted");
    await t.db.update(events).set({ status: "cancelled" }).where(eq(events.id, event.id));
    await expect(answerInvitation(t.db, event.id, guests[1].id, decline(), { actor: staff, ignoreDeadline: true })).rejects.toThrow(/cancelled/);
  });

  it("refuses every move the rules forbid", async () => {
    const event = await makeEvent(t.db);
    const guests = await makeGuests(t.db, event.id, 3);
    await expect(answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor })).rejects.toThrow(/not been sent/);
    await t.db.update(invitations).set({ status: "delegated" }).where(eq(invitations.id, guests[1].id));
    await expect(answerInvitation(t.db, event.id, guests[1].id, decline(), { actor: guestActor })).rejects.toThrow(/delegate in your place/);
    await t.db.update(invitations).set({ status: "delegate_pending" }).where(eq(invitations.id, guests[2].id));
    await expect(answerInvitation(t.db, event.id, guests[2].id, accept(), { actor: guestActor })).rejects.toThrow(/waiting for the organizers/);
  });

  it("writes nothing when a refusal happens midway", async () => {
    const { event, guests } = await invited(2, { capacity: 1, waitlistEnabled: false });
    await answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor });
    const outboxBefore = await t.db.select().from(emailOutbox);
    await expect(answerInvitation(t.db, event.id, guests[1].id, accept(), { actor: guestActor })).rejects.toThrow(/full and keeps no waitlist/);
    expect(await statusOf(t.db, guests[1].id)).toBe("invited");
    expect(await t.db.select().from(emailOutbox)).toHaveLength(outboxBefore.length);
  });

  it("copies an assistant answering for the guest on the confirmation", async () => {
    const { event, guests } = await invited(1);
    await answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor, onBehalfOf: { name: "Kari Nordmann", email: "assistant@example.org" } });
    const sent = await emailsTo(t.db, guests[0].id, "answer");
    expect(sent.map((e) => e.toAddress).sort()).toEqual(["assistant@example.org", guests[0].person.email].sort());
  });
});
