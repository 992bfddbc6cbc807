import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { cancelEvent, updateEvent } from "@/lib/events/mutations";
import { eventFormSchema } from "@/lib/events/schema";
import { toZonedInput } from "@/lib/events/time";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { sendInvitations } from "./send";
import { emailsTo, guestActor, makeEvent, makeGuests, staff } from "./test-fixtures";

const icsOf = (email: { attachments: { content: string }[] }) => Buffer.from(email.attachments[0].content, "base64").toString("utf8");

describe("telling guests about changes", () => {
  const t = useTestDatabase();

  async function setUp() {
    const event = await makeEvent(t.db);
    const [a, b, c] = await makeGuests(t.db, event.id, 3);
    await sendInvitations(t.db, staff, event.id);
    await answerInvitation(t.db, event.id, a.id, { answer: "accept", plusOneName: null, dietary: null, accessibility: null }, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, { answer: "decline", message: null }, { actor: guestActor });
    return { event, a, b, c };
  }

  const form = (event: Awaited<ReturnType<typeof makeEvent>>, over: Record<string, unknown> = {}) =>
    eventFormSchema.parse({
      title: event.title,
      format: event.format,
      status: "scheduled",
      visibility: "public",
      attribution: "on_record",
      timeZone: event.timeZone,
      startsLocal: toZonedInput(event.startsAt, event.timeZone),
      endsLocal: toZonedInput(event.endsAt, event.timeZone),
      slug: event.slug,
      ...over,
    });

  it("sends a new time to open invitations, with the same UID and the next SEQUENCE for those attending", async () => {
    const { event, a, b, c } = await setUp();
    const later = new Date(event.startsAt.getTime() + 3_600_000);
    await updateEvent(t.db, staff, event.id, form(event, { startsLocal: toZonedInput(later, event.timeZone), endsLocal: toZonedInput(new Date(later.getTime() + 7_200_000), event.timeZone) }));
    const [update] = await emailsTo(t.db, a.id, "event-change");
    expect(update.props).toMatchObject({ kind: "updated", changes: ["The time"] });
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
    await updateEvent(t.db, staff, event.id, form(event, { subtitle: "A new subtitle" }));
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
});
