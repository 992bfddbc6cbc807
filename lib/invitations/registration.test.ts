import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, invitations, people } from "@/db/schema";
import { storedProps } from "@/lib/email/sealed-links";
import { useTestDatabase } from "@/lib/test/db";
import { registerForEvent } from "./registration";
import { registrationSchema } from "./schema";
import { makeEvent } from "./test-fixtures";

const form = (over: Record<string, string> = {}) =>
  registrationSchema.parse({ honorific: "Dr.", givenName: "Adam", familyName: "Lupel", email: "Adam.Lupel@Example.org", positionTitle: "Vice President", affiliation: "IPI", ...over });

describe("public registration", () => {
  const t = useTestDatabase();
  let address = 0;
  const opts = () => ({ clientAddress: `10.0.0.${++address}` });

  it("adds the person and a registered invitation, seated, and emails the link with a calendar file", async () => {
    const event = await makeEvent(t.db, { capacity: 10 });
    await registerForEvent(t.db, event.id, form(), opts());
    const [person] = await t.db.select().from(people).where(eq(people.email, "adam.lupel@example.org"));
    const [inv] = await t.db.select().from(invitations).where(eq(invitations.eventId, event.id));
    expect(inv).toMatchObject({ personId: person.id, source: "registered", status: "accepted" });
    const [email] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, inv.id));
    expect(email).toMatchObject({ toAddress: "adam.lupel@example.org", template: "answer" });
    expect(email.props.outcome).toBe("accepted");
    expect(String((await storedProps(t.db, email)).respondUrl)).toMatch(/\/rsvp\/[A-Za-z0-9_-]{43}$/);
    expect(email.attachments.map((f) => f.contentType.split(";")[0])).toEqual(["text/calendar", "image/png"]);
  });

  it("creates nothing new for the same email twice (any case) and emails the link again", async () => {
    const event = await makeEvent(t.db);
    await registerForEvent(t.db, event.id, form({ email: "ine@example.org" }), opts());
    await registerForEvent(t.db, event.id, form({ email: "INE@example.org", givenName: "Someone", familyName: "Else" }), opts());
    const list = await t.db.select().from(invitations).where(eq(invitations.eventId, event.id));
    expect(list).toHaveLength(1);
    const found = await t.db.select().from(people).where(sql`lower(${people.email}) = 'ine@example.org'`);
    expect(found).toHaveLength(1);
    // What a stranger types never overwrites the directory.
    expect(found[0].givenName).toBe("Adam");
    const emails = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.invitationId, list[0].id), eq(emailOutbox.template, "answer")))
      .orderBy(emailOutbox.createdAt);
    expect(emails.map((e) => e.props.outcome)).toEqual(["accepted", "link"]);
    expect((await storedProps(t.db, emails[0])).respondUrl).toBe((await storedProps(t.db, emails[1])).respondUrl);
  });

  it("puts registrations past the capacity on the waitlist", async () => {
    const event = await makeEvent(t.db, { capacity: 1 });
    await registerForEvent(t.db, event.id, form({ email: "one@example.org" }), opts());
    await registerForEvent(t.db, event.id, form({ email: "two@example.org" }), opts());
    const list = await t.db.select().from(invitations).where(eq(invitations.eventId, event.id)).orderBy(invitations.respondedAt);
    expect(list.map((i) => i.status).sort()).toEqual(["accepted", "waitlisted"]);
  });

  it("takes no registration for an invitation-only, draft, cancelled or past event, or after the deadline", async () => {
    const past = { startsAt: new Date(Date.now() - 86_400_000 * 2), endsAt: new Date(Date.now() - 86_400_000) };
    for (const over of [{ visibility: "invitation_only" as const }, { status: "draft" as const }, { status: "cancelled" as const }, past, { rsvpDeadline: new Date(Date.now() - 1000) }]) {
      const event = await makeEvent(t.db, over);
      await expect(registerForEvent(t.db, event.id, form({ email: `x${address}@example.org` }), opts())).rejects.toThrow(/registrations|closed/);
      expect(await t.db.select().from(invitations).where(eq(invitations.eventId, event.id))).toHaveLength(0);
    }
  });

  it("limits registrations per email, and per address across events", async () => {
    const event = await makeEvent(t.db);
    for (let i = 0; i < 3; i++) await registerForEvent(t.db, event.id, form({ email: "busy@example.org" }), opts());
    await expect(registerForEvent(t.db, event.id, form({ email: "busy@example.org" }), opts())).rejects.toThrow(/Too many registrations/);
    const fixed = { clientAddress: "192.0.2.1" };
    for (let i = 0; i < 10; i++) {
      const other = await makeEvent(t.db);
      await registerForEvent(t.db, other.id, form({ email: `r${i}@example.org` }), fixed);
    }
    await expect(registerForEvent(t.db, event.id, form({ email: "r99@example.org" }), fixed)).rejects.toThrow(/Too many registrations at once/);
    const [none] = await t.db.select().from(people).where(eq(people.email, "r99@example.org"));
    expect(none).toBeUndefined();
  });

  it("takes at most ten registrations for one event from one address in a day, and says so", async () => {
    const event = await makeEvent(t.db, { capacity: 60 });
    const office = { clientAddress: "198.51.100.7" };
    const start = new Date();
    // Spread over more than the any-event window, so only the per-event ceiling can refuse.
    for (let i = 0; i < 10; i++) await registerForEvent(t.db, event.id, form({ email: `colleague${i}@example.org` }), { ...office, now: new Date(start.getTime() + i * 11 * 60_000) });
    const later = new Date(start.getTime() + 11 * 11 * 60_000);
    await expect(registerForEvent(t.db, event.id, form({ email: "sixth@example.org" }), { ...office, now: later })).rejects.toThrow(/Too many registrations for this event from your network/);
    expect(await t.db.select().from(invitations).where(eq(invitations.eventId, event.id))).toHaveLength(10);
    // The same address may still register for another event.
    const other = await makeEvent(t.db);
    await registerForEvent(t.db, other.id, form({ email: "sixth@example.org" }), { ...office, now: later });
  });

  it("tells everyone registration is busy when one event is flooded from many addresses, and other events are not affected", async () => {
    const event = await makeEvent(t.db, { capacity: 60 });
    for (let i = 0; i < 20; i++) await registerForEvent(t.db, event.id, form({ email: `flood${i}@example.org` }), { clientAddress: `203.0.113.${i}` });
    await expect(registerForEvent(t.db, event.id, form({ email: "real.person@example.org" }), { clientAddress: "203.0.113.200" })).rejects.toThrow("Registration is busy. Please try again in a few minutes.");
    expect(await t.db.select().from(invitations).where(eq(invitations.eventId, event.id))).toHaveLength(20);
    // Once the window has passed, registrations are taken again.
    await registerForEvent(t.db, event.id, form({ email: "real.person@example.org" }), { clientAddress: "203.0.113.201", now: new Date(Date.now() + 11 * 60_000) });
    const other = await makeEvent(t.db);
    await registerForEvent(t.db, other.id, form({ email: "elsewhere@example.org" }), { clientAddress: "203.0.113.202" });
  });

  it("does not spend the event's share on someone its per-address limit refuses", async () => {
    const event = await makeEvent(t.db, { capacity: 60 });
    const one = { clientAddress: "192.0.2.99" };
    for (let i = 0; i < 10; i++) await registerForEvent(t.db, event.id, form({ email: `one${i}@example.org` }), one);
    for (let i = 0; i < 50; i++) await expect(registerForEvent(t.db, event.id, form({ email: `again${i}@example.org` }), one)).rejects.toThrow(/Too many/);
    // 10 taken: 10 more from elsewhere still fit in the event's window.
    for (let i = 0; i < 10; i++) await registerForEvent(t.db, event.id, form({ email: `other${i}@example.org` }), { clientAddress: `100.64.0.${i + 1}` });
  });

  it("asks for an email address and a name", () => {
    const r = registrationSchema.safeParse({ givenName: "", familyName: "Lupel", email: "" });
    expect(r.success).toBe(false);
    const fields = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["givenName", "email"]));
  });
});
