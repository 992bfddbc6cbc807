import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, invitations, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { seatsTaken } from "./capacity";
import { decideDelegate, proposeDelegate } from "./delegates";
import { findGuestByToken, listGuests } from "./queries";
import { registrationSchema } from "./schema";
import { sendInvitations } from "./send";
import { emailsTo, eventWithInvitedGuests, guestActor, staff, statusOf, tokenFromOutbox } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };

const delegate = (email = "kari.delegate@example.org") =>
  registrationSchema.parse({ honorific: "Ms.", givenName: "Kari", familyName: "Nordmann", positionTitle: "Deputy Permanent Representative", affiliation: "Norway", email });

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
    // The calendar file and the door's QR code.
    expect(delegateEmail.attachments.map((f) => f.contentType.split(";")[0])).toEqual(["text/calendar", "image/png"]);
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
