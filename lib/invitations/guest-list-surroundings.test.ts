import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, eventTables, invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { proposeDelegate } from "./delegates";
import { answerTimeline, guestListSurroundings, invitationDelivery, listGuests } from "./queries";
import { registrationSchema } from "./schema";
import { eventWithInvitedGuests, guestActor, makeEvent, makeGuests } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const delegate = registrationSchema.parse({ honorific: "Ms.", givenName: "Kari", familyName: "Nordmann", positionTitle: "Deputy Permanent Representative", affiliation: "Norway", email: "kari.delegate@example.org" });

describe("what the guest list shows around its rows, read in one statement", () => {
  const t = useTestDatabase();

  it("gives the send's progress, the delegates awaiting a decision, the table plan and the answers by day", async () => {
    const { event, guests: [a, b, c] } = await eventWithInvitedGuests(t.db, 3);
    // Another event's delegate and delivery stay out.
    const other = await eventWithInvitedGuests(t.db, 1);
    await proposeDelegate(t.db, other.event.id, other.guests[0].id, delegate, { actor: guestActor });

    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    await proposeDelegate(t.db, event.id, a.id, delegate, { actor: guestActor });
    await t.db.update(emailOutbox).set({ status: "sent", sentAt: new Date() }).where(eq(emailOutbox.invitationId, c.id));

    const around = await guestListSurroundings(t.db, event);
    expect(around.delivery).toEqual(await invitationDelivery(t.db, event.id));
    expect(around.delivery).toEqual({ queued: 2, sent: 1, failed: 0 });
    expect(around.timeline).toEqual(await answerTimeline(t.db, event));
    expect(around.timeline.at(-1)).toMatchObject({ accepted: 1 });
    expect([...around.delegates]).toEqual([[a.id, { honorific: "Ms.", givenName: "Kari", familyName: "Nordmann", positionTitle: "Deputy Permanent Representative", affiliation: "Norway" }]]);
    expect(around.seated).toBe(false);

    await t.db.insert(eventTables).values({ eventId: event.id, label: "1", seats: 8 });
    expect((await guestListSurroundings(t.db, event)).seated).toBe(true);
    expect((await guestListSurroundings(t.db, other.event)).seated).toBe(false);
  });

  it("is empty for an event with no guests yet", async () => {
    const event = await makeEvent(t.db);
    expect(await guestListSurroundings(t.db, event)).toEqual({ delivery: { queued: 0, sent: 0, failed: 0 }, delegates: new Map(), seated: false, timeline: [] });
  });

  it("lists each guest's emails in the order they were queued, with when each went (or is due)", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2);
    const [fresh] = await makeGuests(t.db, event.id, 1);
    const sentAt = new Date("2026-11-02T09:30:00.123Z");
    await t.db.update(emailOutbox).set({ status: "sent", sentAt, createdAt: new Date("2026-11-02T09:00:00Z") }).where(eq(emailOutbox.invitationId, a.id));
    const due = new Date("2026-11-05T08:00:00Z");
    await t.db.insert(emailOutbox).values({ toAddress: "x@example.org", template: "reminder", props: { kind: "second" }, idempotencyKey: `test-reminder-${a.id}`, invitationId: a.id, eventId: event.id, sendAfter: due, createdAt: new Date("2026-11-03T09:00:00Z") });

    const { rows } = await listGuests(t.db, event.id);
    const byId = new Map(rows.map((r) => [r.id, r.emails]));
    expect(byId.get(a.id)).toEqual([
      { template: "invitation", kind: null, status: "sent", at: sentAt },
      { template: "reminder", kind: "second", status: "pending", at: due },
    ]);
    const [queued] = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.invitationId, [b.id]));
    expect(byId.get(b.id)).toEqual([{ template: "invitation", kind: null, status: "pending", at: queued.sendAfter }]);
    expect(byId.get(fresh.id)).toEqual([]);
    // The rows are otherwise as before: the guest's own fields, no email columns.
    expect(rows.find((r) => r.id === a.id)).toMatchObject({ status: "invited", givenName: "Guest0" });
    expect((await t.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.eventId, event.id))).length).toBe(3);
  });
});
