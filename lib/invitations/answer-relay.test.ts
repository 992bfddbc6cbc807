import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox } from "@/db/schema";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { ANSWER_LIMITS, checkGuestAnswerLimits } from "./answer-limits";
import { sendInvitations } from "./send";
import { emailsTo, guestActor, makeEvent, makeGuests, staff, statusOf } from "./test-fixtures";

// The guest's page is no mail relay: an answer emails only when it changes,
// and answers from one link, or naming one assistant, are limited.

const accept = (extra: { plusOneName?: string | null; dietary?: string | null } = {}) => ({
  answer: "accept" as const,
  plusOneName: extra.plusOneName ?? null,
  dietary: extra.dietary ?? null,
  accessibility: null,
});
const decline = (message: string | null = null) => ({ answer: "decline" as const, message });
const assistant = { name: "Someone Else", email: "attacker@example.net" };

async function invited(t: { db: Parameters<typeof sendInvitations>[0] }, n = 1, over: Parameters<typeof makeEvent>[1] = {}) {
  const event = await makeEvent(t.db, { capacity: 10, plusOnesAllowed: true, askDietary: true, ...over });
  const guests = await makeGuests(t.db, event.id, n);
  await sendInvitations(t.db, staff, event.id);
  return { event, guests };
}

const answerEmails = async (db: Parameters<typeof emailsTo>[0], invitationId: string) => (await emailsTo(db, invitationId, "answer")).map((e) => `${e.toAddress} ${e.props.outcome}`);

describe("answers that change nothing send nothing", () => {
  const t = useTestDatabase();

  it("the same answer thirty times, copied to an address of the sender's choosing: one email to each, once", async () => {
    const { event, guests } = await invited(t);
    const g = guests[0];
    for (let i = 0; i < 30; i++) await answerInvitation(t.db, event.id, g.id, accept(), { actor: guestActor, onBehalfOf: assistant });
    expect((await answerEmails(t.db, g.id)).sort()).toEqual([`${assistant.email} accepted`, `${g.person.email} accepted`].sort());
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, g.id));
    expect(history.filter((h) => h.action === "invitation.accepted")).toHaveLength(1);
  });

  it("a real change emails again, once per change, the assistant included", async () => {
    const { event, guests } = await invited(t);
    const g = guests[0];
    const answer = (a: Parameters<typeof answerInvitation>[3]) => answerInvitation(t.db, event.id, g.id, a, { actor: guestActor, onBehalfOf: assistant });
    await answer(accept());
    await answer(accept());
    await answer(accept({ dietary: "Vegetarian" }));
    await answer(accept({ dietary: "Vegetarian" }));
    await answer(decline("Travelling"));
    await answer(decline("Travelling"));
    await answer(decline("Travelling, sorry"));
    const toAssistant = (await answerEmails(t.db, g.id)).filter((e) => e.startsWith(assistant.email));
    expect(toAssistant).toEqual([`${assistant.email} accepted`, `${assistant.email} accepted`, `${assistant.email} declined`, `${assistant.email} declined`]);
    expect(await answerEmails(t.db, g.id)).toHaveLength(8);
  });

  it("a waitlisted guest accepting again keeps their place and gets no second email", async () => {
    const { event, guests } = await invited(t, 2, { capacity: 1 });
    await answerInvitation(t.db, event.id, guests[0].id, accept(), { actor: guestActor });
    expect(await answerInvitation(t.db, event.id, guests[1].id, accept(), { actor: guestActor })).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect(await answerInvitation(t.db, event.id, guests[1].id, accept(), { actor: guestActor })).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect(await answerEmails(t.db, guests[1].id)).toEqual([`${guests[1].person.email} waitlisted`]);
  });

  // PGlite is one connection, so there the fifty queue anyway; on PostgreSQL they
  // race, and only the decision under the row lock keeps it to one email.
  it.skipIf(!isPostgres())("fifty identical declines at once queue exactly one email", async () => {
    const { event, guests } = await invited(t);
    const g = guests[0];
    await answerInvitation(t.db, event.id, g.id, accept(), { actor: guestActor });
    const before = await answerEmails(t.db, g.id);
    const results = await Promise.all(Array.from({ length: 50 }, () => answerInvitation(t.db, event.id, g.id, decline(), { actor: guestActor })));
    expect(results.every((r) => r.status === "declined")).toBe(true);
    expect(await statusOf(t.db, g.id)).toBe("declined");
    const after = await answerEmails(t.db, g.id);
    expect(after.slice(before.length)).toEqual([`${g.person.email} declined`]);
    const [declines] = await t.db
      .select({ n: sql<string>`count(*)` })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, g.id), eq(auditLog.action, "invitation.declined")));
    expect(Number(declines.n)).toBe(1);
  });
});

describe("answers from the guest's page are limited", () => {
  const t = useTestDatabase();

  it(`takes ${ANSWER_LIMITS.perInvitation.limit} answers an hour from one link, then says when to try again`, async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < ANSWER_LIMITS.perInvitation.limit; i++) await checkGuestAnswerLimits(t.db, { invitationId: "inv-1", onBehalfOfEmail: null, now });
    await expect(checkGuestAnswerLimits(t.db, { invitationId: "inv-1", onBehalfOfEmail: null, now: new Date(now.getTime() + 20 * 60_000) })).rejects.toThrow(
      "This invitation has been answered many times in a short while. Please try again in 40 minutes.",
    );
    // Another guest's link is not affected, and the hour passes.
    await checkGuestAnswerLimits(t.db, { invitationId: "inv-2", onBehalfOfEmail: null, now });
    await checkGuestAnswerLimits(t.db, { invitationId: "inv-1", onBehalfOfEmail: null, now: new Date(now.getTime() + 61 * 60_000) });
  });

  it(`copies at most ${ANSWER_LIMITS.perOnBehalfAddress.limit} answers an hour to one assistant's address, whichever links they come from`, async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < ANSWER_LIMITS.perOnBehalfAddress.limit; i++) await checkGuestAnswerLimits(t.db, { invitationId: `link-${i}`, onBehalfOfEmail: "victim@example.net", now });
    const refused = checkGuestAnswerLimits(t.db, { invitationId: "link-99", onBehalfOfEmail: "Victim@Example.net", now });
    await expect(refused).rejects.toMatchObject({ field: "onBehalfOfEmail", message: expect.stringContaining("Too many answers") });
    await checkGuestAnswerLimits(t.db, { invitationId: "link-99", onBehalfOfEmail: "colleague@example.org", now });
  });

  it("the emails an hour of abuse can cause are bounded", async () => {
    // Every answer allowed a change (accept, decline, accept …): each emails the guest and the assistant.
    const { event, guests } = await invited(t);
    const g = guests[0];
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      try {
        await checkGuestAnswerLimits(t.db, { invitationId: g.id, onBehalfOfEmail: assistant.email });
        await answerInvitation(t.db, event.id, g.id, i % 2 ? decline() : accept(), { actor: guestActor, onBehalfOf: assistant });
      } catch {
        refused++;
      }
    }
    expect(refused).toBe(30 - ANSWER_LIMITS.perInvitation.limit);
    const toAssistant = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.invitationId, g.id), eq(emailOutbox.toAddress, assistant.email)));
    expect(toAssistant).toHaveLength(ANSWER_LIMITS.perInvitation.limit);
  });
});
