import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { updateEvent } from "@/lib/events/mutations";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { reminderTime, remindNonResponders } from "./reminders";
import { sendInvitations } from "./send";
import { emailsTo, eventFormOf, eventWithInvitedGuests, formTimesFrom, guestActor, makeEvent, makeGuests, staff } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };

async function pendingReminders(db: Parameters<typeof emailsTo>[0], invitationId: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.invitationId, invitationId), eq(emailOutbox.template, "reminder"), eq(emailOutbox.status, "pending")));
}

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

  it("leaves out guests invited more recently than the spacing asked for", async () => {
    const event = await makeEvent(t.db);
    const [a, b] = await makeGuests(t.db, event.id, 2);
    const fourDaysAgo = new Date(Date.now() - 4 * DAY);
    await sendInvitations(t.db, staff, event.id, { invitationIds: [a.id], now: fourDaysAgo });
    await sendInvitations(t.db, staff, event.id, { invitationIds: [b.id] });
    expect(await remindNonResponders(t.db, staff, event.id, { skipInvitedWithinDays: 3 })).toBe(1);
    const sent = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.eventId, event.id), eq(emailOutbox.template, "reminder")));
    expect(sent.map((s) => s.invitationId)).toEqual([a.id]);
    // With no spacing, the guest invited today is reminded too.
    expect(await remindNonResponders(t.db, staff, event.id, { skipInvitedWithinDays: 0 })).toBe(2);
  });
});
