import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { emailOutbox, events, invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { insertTestEvent, postedEventForm } from "@/lib/test/events";
import { storedProps } from "@/lib/email/sealed-links";
import { toZonedInput } from "@/lib/events/time";
import { guestTokenFor } from "./tokens";
import { guestLinkKey } from "./links";
import { sendInvitations } from "./send";

export const staff: Actor = { kind: "system", label: "test staff" };
export const guestActor: Actor = { kind: "guest", label: "a guest" };

const DAY = 86_400_000;

/** A scheduled event a week ahead (New York time), with the options a test asks for. */
export async function makeEvent(db: Db, over: Partial<typeof events.$inferInsert> = {}) {
  // Whole minutes, as the event form writes them.
  const startsAt = new Date(Math.floor((Date.now() + 7 * DAY) / 60_000) * 60_000);
  return insertTestEvent(db, startsAt, { title: "Human Rights and the 2030 Agenda", format: "symposium", ...over });
}

/** The event form as it would be posted for the event, with the changes a test makes. */
export function eventFormOf(event: typeof events.$inferSelect, over: Record<string, unknown> = {}) {
  return postedEventForm({
    title: event.title,
    format: event.format,
    timeZone: event.timeZone,
    startsLocal: toZonedInput(event.startsAt, event.timeZone),
    endsLocal: toZonedInput(event.endsAt, event.timeZone),
    slug: event.slug,
    ...over,
  });
}

/** The form's times for an event moved to start at `startsAt`, two hours long. */
export const formTimesFrom = (startsAt: Date, timeZone: string) => ({
  startsLocal: toZonedInput(startsAt, timeZone),
  endsLocal: toZonedInput(new Date(startsAt.getTime() + 2 * 3_600_000), timeZone),
});

export async function makeGuests(db: Db, eventId: string, n: number, opts: { withoutEmail?: number } = {}) {
  const tag = randomUUID().slice(0, 8);
  const rows = await db
    .insert(people)
    .values(
      Array.from({ length: n }, (_, i) => ({
        honorific: "Ms.",
        givenName: `Guest${i}`,
        familyName: `Family${String(i).padStart(4, "0")}`,
        email: i < (opts.withoutEmail ?? 0) ? null : `guest${i}.${tag}@example.org`,
      })),
    )
    .returning();
  const list = await db
    .insert(invitations)
    .values(rows.map((p) => ({ eventId, personId: p.id })))
    .returning();
  return list.map((inv) => ({ ...inv, person: rows.find((p) => p.id === inv.personId)! }));
}

/** An event with `n` guests, all invited; `over` sets the event's options. */
export async function eventWithInvitedGuests(db: Db, n: number, over: Partial<typeof events.$inferInsert> = {}) {
  const event = await makeEvent(db, over);
  const guests = await makeGuests(db, event.id, n);
  await sendInvitations(db, staff, event.id);
  return { event, guests };
}

/** The token in the newest email queued for an invitation, as the guest would click it. */
export async function tokenFromOutbox(db: Db, invitationId: string): Promise<string> {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitationId)).orderBy(emailOutbox.createdAt);
  const newest = rows.at(-1);
  const url = String((newest && (await storedProps(db, newest)).respondUrl) ?? "");
  const token = url.split("/rsvp/")[1];
  if (!token) throw new Error(`No link in the emails of invitation ${invitationId}`);
  return token;
}

/** The token of an invitation as the server derives it. */
export async function tokenOf(db: Db, invitationId: string): Promise<string> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
  if (!row.linkNonce) throw new Error("No link issued");
  return guestTokenFor(await guestLinkKey(db), invitationId, row.linkNonce);
}

export async function statusOf(db: Db, invitationId: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
  return row.status;
}

export async function emailsTo(db: Db, invitationId: string, template?: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.invitationId, invitationId), template ? eq(emailOutbox.template, template) : undefined))
    .orderBy(emailOutbox.createdAt);
}
