import { eq } from "drizzle-orm";
import type { OutboxAttachment } from "@/db/schema";
import { drawAttachments } from "@/lib/email/attachments";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { cancelEvent, updateEvent } from "@/lib/events/mutations";
import { formatEventWhen } from "@/lib/events/time";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { emailsTo, eventFormOf, eventWithInvitedGuests, formTimesFrom, guestActor, staff } from "./test-fixtures";

const icsOf = (email: { attachments: OutboxAttachment[] }) => Buffer.from(drawAttachments(email.attachments)[0].content, "base64").toString("utf8");

describe("telling guests about changes", () => {
  const t = useTestDatabase();

  async function setUp() {
    const { event, guests: [a, b, c] } = await eventWithInvitedGuests(t.db, 3);
    await answerInvitation(t.db, event.id, a.id, { answer: "accept", plusOneName: null, dietary: null, accessibility: null }, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, { answer: "decline", message: null }, { actor: guestActor });
    return { event, a, b, c };
  }


  it("sends a new time to open invitations, with the same UID and the next SEQUENCE for those attending", async () => {
    const { event, a, b, c } = await setUp();
    const later = new Date(event.startsAt.getTime() + 3_600_000);
    await updateEvent(t.db, staff, event.id, eventFormOf(event, formTimesFrom(later, event.timeZone)));
    const [update] = await emailsTo(t.db, a.id, "event-change");
    expect(update.props).toMatchObject({ kind: "updated", changes: ["The time"] });
    // Old and new side by side, each in the event's own zone.
    expect(update.props.moves).toEqual([
      { what: "time", was: formatEventWhen(event.startsAt, event.endsAt, event.timeZone), now: formatEventWhen(later, new Date(later.getTime() + 2 * 3_600_000), event.timeZone) },
    ]);
    const ics = icsOf(update);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:invitation-${a.id}@convene`);
    expect(ics).toContain("SEQUENCE:1");
    const confirmation = (await emailsTo(t.db, a.id, "answer"))[0];
    expect(icsOf(confirmation)).toContain(`UID:invitation-${a.id}@convene`);
    // Declined guests are not bothered; guests yet to answer hear of it without a calendar file.
    expect(await emailsTo(t.db, b.id, "event-change")).toHaveLength(0);
    const [pending] = await emailsTo(t.db, c.id, "event-change");
    expect(pending.attachments).toHaveLength(0);
  });

  it("sends nothing when only the words change", async () => {
    const { event, a } = await setUp();
    await updateEvent(t.db, staff, event.id, eventFormOf(event, { subtitle: "A new subtitle" }));
    expect(await emailsTo(t.db, a.id, "event-change")).toHaveLength(0);
  });

  it("cancels in every invited guest's calendar with METHOD:CANCEL", async () => {
    const { event, a, b, c } = await setUp();
    await cancelEvent(t.db, staff, event.id, "The venue is unavailable.");
    for (const g of [a, c]) {
      const [email] = await emailsTo(t.db, g.id, "event-change");
      expect(email.props).toMatchObject({ kind: "cancelled", reason: "The venue is unavailable." });
      const ics = icsOf(email);
      expect(ics).toContain("METHOD:CANCEL");
      expect(ics).toContain("STATUS:CANCELLED");
      expect(ics).toContain(`UID:invitation-${g.id}@convene`);
      expect(ics).toContain("SEQUENCE:1");
    }
    expect(await emailsTo(t.db, b.id, "event-change")).toHaveLength(0);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, a.id));
    expect(row.status).toBe("accepted");
  });

  it("names the institute as organizer and the guest as attendee with their answer, in the confirmation, the update and the cancellation alike", async () => {
    const { event, a } = await setUp();
    const lines = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
    const field = (ics: string, name: string) => lines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    const later = new Date(event.startsAt.getTime() + 3_600_000);
    await updateEvent(t.db, staff, event.id, eventFormOf(event, formTimesFrom(later, event.timeZone)));
    await cancelEvent(t.db, staff, event.id, null);
    const confirmation = icsOf((await emailsTo(t.db, a.id, "answer"))[0]);
    const [update, cancellation] = (await emailsTo(t.db, a.id, "event-change")).map(icsOf);
    const sequences = [confirmation, update, cancellation].map((ics) => Number(field(ics, "SEQUENCE")[0]?.split(":")[1]));
    expect(sequences).toEqual([0, 1, 2]);
    for (const ics of [confirmation, update, cancellation]) {
      expect(field(ics, "UID")).toEqual([`UID:invitation-${a.id}@convene`]);
      // The institute's events address, from its settings.
      expect(field(ics, "ORGANIZER")).toEqual([expect.stringMatching(/^ORGANIZER;CN="?International Peace Institute"?:mailto:events@convene\.local$/i)]);
      const attendees = field(ics, "ATTENDEE");
      expect(attendees).toHaveLength(1);
      expect(attendees[0]).toMatch(new RegExp(`:mailto:${a.person.email!.replace(/[.+]/g, "\\$&")}$`, "i"));
      expect(attendees[0]).toContain("PARTSTAT=ACCEPTED");
    }
    expect(cancellation).toContain("METHOD:CANCEL");
    expect(update).toContain("METHOD:REQUEST");
  });

  it("tells a guest who has not answered of a cancellation with their answer still open", async () => {
    const { event, c } = await setUp();
    await cancelEvent(t.db, staff, event.id, null);
    const [email] = await emailsTo(t.db, c.id, "event-change");
    expect(icsOf(email).replace(/\r?\n[ \t]/g, "")).toMatch(/^ATTENDEE;[^\r\n]*PARTSTAT=NEEDS-ACTION/m);
  });
});
