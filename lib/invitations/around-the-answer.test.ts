import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, events, invitations, people } from "@/db/schema";
import { updateEvent } from "@/lib/events/mutations";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { seatsTaken } from "./capacity";
import { cateringSummary } from "./catering";
import { addWalkIn, checkIn, doorList, undoCheckIn } from "./check-in";
import { doorCounts } from "./door-counts";
import { matchesDoorSearch } from "./door-search";
import { decideDelegate, proposeDelegate } from "./delegates";
import { findGuestByToken, guestCounts, listGuests } from "./queries";
import { reminderTime, remindNonResponders } from "./reminders";
import { registrationSchema } from "./schema";
import { sendInvitations } from "./send";
import { emailsTo, eventFormOf, eventWithInvitedGuests, formTimesFrom, guestActor, makeEvent, makeGuests, staff, statusOf, tokenFromOutbox } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const delegate = (email = "kari.delegate@example.org") =>
  registrationSchema.parse({ honorific: "Ms.", givenName: "Kari", familyName: "Nordmann", positionTitle: "Deputy Permanent Representative", affiliation: "Norway", email });

async function pendingReminders(db: Parameters<typeof emailsTo>[0], invitationId: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.invitationId, invitationId), eq(emailOutbox.template, "reminder"), eq(emailOutbox.status, "pending")));
}

describe("delegates", () => {
  const t = useTestDatabase();

  it("a guest names a delegate; staff approve; the delegate takes the seat with a link of their own and the guest's link no longer answers", async () => {
    const { event, guests: [a, b, c] } = await eventWithInvitedGuests(t.db, 3, { capacity: 2 });
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, c.id, accept, { actor: guestActor });
    expect(await statusOf(t.db, c.id)).toBe("waitlisted");

    await proposeDelegate(t.db, event.id, a.id, delegate(), { actor: guestActor });
    expect(await statusOf(t.db, a.id)).toBe("delegate_pending");
    // The seat is held for the delegate: nobody is promoted meanwhile, and the pending delegate is not a guest yet.
    expect(await seatsTaken(t.db, event.id)).toBe(2);
    expect(await statusOf(t.db, c.id)).toBe("waitlisted");
    expect((await listGuests(t.db, event.id)).total).toBe(3);
    expect(await sendInvitations(t.db, staff, event.id)).toEqual({ sent: 0, withoutEmail: 0 });

    const result = await decideDelegate(t.db, staff, event.id, a.id, true);
    if (!result.approved) throw new Error("not approved");
    expect(await statusOf(t.db, a.id)).toBe("delegated");
    const [d] = await t.db.select().from(invitations).where(eq(invitations.id, result.delegateInvitationId));
    expect(d).toMatchObject({ source: "delegate", status: "accepted", delegatedFromId: a.id });
    expect(await seatsTaken(t.db, event.id)).toBe(2);
    const token = await tokenFromOutbox(t.db, d.id);
    expect((await findGuestByToken(t.db, token))?.person.givenName).toBe("Kari");
    const [delegateEmail] = await emailsTo(t.db, d.id, "answer");
    expect(delegateEmail.props.note).toMatch(/on behalf of Ms\. Guest0/);
    expect(delegateEmail.attachments).toHaveLength(1);
    expect((await emailsTo(t.db, a.id, "answer")).map((e) => e.props.outcome)).toContain("delegate-approved");
    await expect(answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor })).rejects.toThrow(/delegate in your place/);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, a.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.delegate_proposed", "invitation.delegate_approved"]));
  });

  it("staff refuse: the delegate leaves the list, the guest is told and answers again, the seat goes to the waitlist", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2, { capacity: 1 });
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    await proposeDelegate(t.db, event.id, a.id, delegate("other.delegate@example.org"), { actor: guestActor });
    await decideDelegate(t.db, staff, event.id, a.id, false);
    expect(await statusOf(t.db, a.id)).toBe("invited");
    expect(await statusOf(t.db, b.id)).toBe("accepted");
    const [person] = await t.db.select().from(people).where(eq(people.email, "other.delegate@example.org"));
    expect(await t.db.select().from(invitations).where(and(eq(invitations.eventId, event.id), eq(invitations.personId, person.id)))).toHaveLength(0);
    expect((await emailsTo(t.db, a.id, "answer")).map((e) => e.props.outcome)).toContain("delegate-declined");
    await expect(decideDelegate(t.db, staff, event.id, a.id, true)).rejects.toThrow(/no delegate waiting/);
  });

  it("refuses a delegate who is the guest, or already on the list, or when a full event has no seat to hold", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2, { capacity: 1 });
    await expect(proposeDelegate(t.db, event.id, a.id, delegate(a.person.email!), { actor: guestActor })).rejects.toThrow(/email address of their own/);
    await expect(proposeDelegate(t.db, event.id, a.id, delegate(b.person.email!), { actor: guestActor })).rejects.toThrow(/already on the guest list/);
    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    await expect(proposeDelegate(t.db, event.id, a.id, delegate("late@example.org"), { actor: guestActor })).rejects.toThrow(/full/);
    expect(await statusOf(t.db, a.id)).toBe("invited");
  });
});

describe("answers given for the guest", () => {
  const t = useTestDatabase();

  it("records an assistant's answer with both addresses, and staff answers with who and why", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: { kind: "guest", label: "Kari Nordmann for Guest0" }, onBehalfOf: { name: "Kari Nordmann", email: "kari@example.org" } });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, a.id));
    expect(row).toMatchObject({ onBehalfOfName: "Kari Nordmann", onBehalfOfEmail: "kari@example.org" });
    expect((await emailsTo(t.db, a.id, "answer")).map((e) => e.toAddress).sort()).toEqual(["kari@example.org", a.person.email].sort());

    await t.db.update(events).set({ rsvpDeadline: new Date(Date.now() - 1000) }).where(eq(events.id, event.id));
    await answerInvitation(t.db, event.id, b.id, { answer: "decline", message: null }, { actor: staff, ignoreDeadline: true, reason: "Phoned the office on Monday" });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, "invitation.declined")));
    expect(entry).toMatchObject({ actorLabel: "test staff", reason: "Phoned the office on Monday" });
  });
});

describe("reminders", () => {
  const t = useTestDatabase();
  const DAY = 86_400_000;

  it("reminds accepted guests two days before, through send_after; moved with the event; dropped on a decline or a cancellation", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2, { reminderHoursBefore: 48 });
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    const [first] = await pendingReminders(t.db, a.id);
    expect(first.sendAfter.getTime()).toBe(event.startsAt.getTime() - 48 * 3_600_000);
    expect(first.props.kind).toBe("upcoming");

    await answerInvitation(t.db, event.id, b.id, { answer: "decline", message: null }, { actor: guestActor });
    expect(await pendingReminders(t.db, b.id)).toHaveLength(0);

    const later = new Date(event.startsAt.getTime() + DAY);
    const form = eventFormOf(event, { ...formTimesFrom(later, event.timeZone), reminderHoursBefore: "48" });
    await updateEvent(t.db, staff, event.id, form);
    const moved = await pendingReminders(t.db, a.id);
    expect(moved).toHaveLength(1);
    expect(moved[0].sendAfter.getTime()).toBe(later.getTime() - 48 * 3_600_000);

    const { cancelEvent } = await import("@/lib/events/mutations");
    await cancelEvent(t.db, staff, event.id, null);
    expect(await pendingReminders(t.db, a.id)).toHaveLength(0);
  });

  it("sends none when the event asks for none or the moment has passed", () => {
    const startsAt = new Date(Date.now() + DAY);
    expect(reminderTime({ startsAt, reminderHoursBefore: 0 })).toBeNull();
    expect(reminderTime({ startsAt, reminderHoursBefore: 48 })).toBeNull();
    expect(reminderTime({ startsAt, reminderHoursBefore: 12 })?.getTime()).toBe(startsAt.getTime() - 12 * 3_600_000);
  });

  it("reminds the guests who have not answered, and only them", async () => {
    const event = await makeEvent(t.db);
    const [a, b, c] = await makeGuests(t.db, event.id, 3);
    await sendInvitations(t.db, staff, event.id, { invitationIds: [a.id, b.id] });
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    expect(await remindNonResponders(t.db, staff, event.id)).toBe(1);
    const sent = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.eventId, event.id), eq(emailOutbox.template, "reminder"), sql`${emailOutbox.props}->>'kind' = 'no-answer'`));
    expect(sent.map((s) => s.invitationId)).toEqual([b.id]);
    expect(c.id).not.toBe(b.id);
  });
});

describe("at the door", () => {
  const t = useTestDatabase();

  it("marks an arrival once however often it is tapped, undoes it, and counts walk-ins", async () => {
    const { event, guests: [a] } = await eventWithInvitedGuests(t.db, 2);
    await answerInvitation(t.db, event.id, a.id, { ...accept, plusOneName: null }, { actor: guestActor });
    const first = await checkIn(t.db, staff, event.id, a.id);
    const second = await checkIn(t.db, staff, event.id, a.id);
    expect(first.already).toBe(false);
    expect(second).toEqual({ checkedInAt: first.checkedInAt, already: true });
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, "invitation.checked_in")))).toHaveLength(1);
    await undoCheckIn(t.db, staff, event.id, a.id);
    expect((await guestCounts(t.db, event.id)).checkedIn).toBe(0);

    await addWalkIn(t.db, staff, event.id, { honorific: "Dr.", givenName: "Aminata", familyName: "Touré", positionTitle: null, affiliation: "Senegal", email: null });
    const door = await doorList(t.db, event.id);
    expect(doorCounts(door)).toEqual({ expected: 1, arrived: 1, walkIns: 1 });
    expect(door.find((g) => g.familyName === "Touré")).toMatchObject({ source: "walk_in", status: "accepted" });
    expect(Object.keys(door[0])).not.toContain("email");
    expect(Object.keys(door[0])).not.toContain("dietary");
  });

  it("refuses guests of another event", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, other.id, 1);
    await expect(checkIn(t.db, staff, event.id, g.id)).rejects.toThrow(/not on this event's list/);
  });

  it("finds guests by any part of the name or affiliation, accents ignored", () => {
    const g = "H.E. Ms. Ine Eriksen Søreide Norway";
    expect(matchesDoorSearch(g, "soreide")).toBe(true);
    expect(matchesDoorSearch(g, "ine norway")).toBe(true);
    expect(matchesDoorSearch(g, "ine sweden")).toBe(false);
  });
});

describe("catering", () => {
  it("counts covers and groups needs however they were typed, names behind each", () => {
    const summary = cateringSummary([
      { givenName: "Ine", familyName: "Søreide", dietary: "Vegetarian", plusOneName: "Guest" },
      { givenName: "Adam", familyName: "Lupel", dietary: " vegetarian. ", plusOneName: null },
      { givenName: "Terje", familyName: "Rød-Larsen", dietary: "Nut allergy", plusOneName: null },
      { givenName: "Amin", familyName: "Sharkawi", dietary: null, plusOneName: null },
    ]);
    expect(summary.covers).toBe(5);
    expect(summary.noNeeds).toBe(2);
    expect(summary.needs).toEqual([
      { need: "Vegetarian", count: 2, names: ["Adam Lupel", "Ine Søreide"] },
      { need: "Nut allergy", count: 1, names: ["Terje Rød-Larsen"] },
    ]);
  });
});
