import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { parsePeopleCsv, type CsvError } from "@/lib/people/csv";
import { findPeopleByEmails } from "@/lib/people/queries";
import { rowsOf } from "@/lib/db/rows";
import { promoteWaitlist } from "./answer";
import { lockEvent } from "./capacity";
import { dropReminders } from "./reminders";
import { resendInvitation } from "./send";

export type AddResult = { added: number; alreadyListed: number };

/**
 * Puts people on the guest list, not yet invited. Someone already on it stays
 * as they are; someone removed earlier comes back, not yet invited.
 */
export async function addGuests(db: Db, actor: Actor, eventId: string, personIds: readonly string[]): Promise<AddResult> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) throw new DomainError("Choose at least one person to add.", "personIds");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "cancelled") throw new DomainError("This event is cancelled; guests cannot be added.");
    return addToList(tx, actor, eventId, unique);
  });
}

async function addToList(tx: Db, actor: Actor, eventId: string, personIds: readonly string[]): Promise<AddResult> {
  const known = await tx.select({ id: people.id }).from(people).where(inArray(people.id, [...personIds]));
  if (known.length !== personIds.length) throw new DomainError("Some of these people are no longer in the directory. Search again.", "personIds");
  const added = await addPeopleWhere(tx, actor, eventId, inArray(sql.raw(`"people"."id"`), [...personIds]));
  return { added, alreadyListed: personIds.length - added };
}

/**
 * The one way people reach a guest list, inside the caller's transaction
 * (which holds the event's lock): everyone in the directory matching `who`
 * (a condition over "people") is put on it, not yet invited, by one
 * INSERT … SELECT … ON CONFLICT DO NOTHING, so a list of thousands costs one
 * statement. Someone already on the list stays as they are; someone removed
 * earlier comes back, not yet invited. Returns how many were added.
 */
export async function addPeopleWhere(tx: Db, actor: Actor, eventId: string, who: SQL, audit: { listId?: string; list?: string } = {}): Promise<number> {
  const revived = await tx
    .update(invitations)
    .set({ status: "not_sent", updatedAt: new Date(), respondedAt: null, invitedAt: null, linkNonce: null, tokenHash: null })
    .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "cancelled"), inArray(invitations.personId, tx.select({ id: people.id }).from(people).where(who))))
    .returning({ id: invitations.id });
  const inserted = await tx.execute<{ id: string }>(sql`
    insert into ${invitations} (event_id, person_id)
    select ${eventId}::uuid, "people"."id" from ${people} where ${who}
    on conflict (event_id, person_id) do nothing
    returning id`);
  const insertedRows = rowsOf<{ id: string }>(inserted);
  const added = insertedRows.length + revived.length;
  if (added) {
    // Up to 50 named in the history (their names are stored with the entry); a bigger batch by its count.
    const ids = [...insertedRows, ...revived].map((r) => r.id);
    await recordAudit(tx, actor, { action: "guests.added", entityType: "event", entityId: eventId, eventId, after: { count: added, invitationIds: ids.length <= 50 ? ids : undefined, ...audit } });
  }
  return added;
}

export type RemoveResult = { removed: number; withdrawn: number };

/**
 * Takes guests off the list. Those never invited are deleted; those already
 * invited are withdrawn (status `cancelled`, their link stops working, their
 * history stays), and any seat they held goes to the waitlist.
 */
export async function removeGuests(db: Db, actor: Actor, eventId: string, invitationIds: readonly string[]): Promise<RemoveResult> {
  if (invitationIds.length === 0) throw new DomainError("Choose at least one guest.", "invitationIds");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    const rows = await tx
      .select({ id: invitations.id, status: invitations.status })
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), inArray(invitations.id, [...invitationIds])))
      .for("update");
    const never = rows.filter((r) => r.status === "not_sent").map((r) => r.id);
    const invited = rows.filter((r) => r.status !== "not_sent" && r.status !== "cancelled").map((r) => r.id);
    // Written first, while the guests' names can still be found and stored with the entry.
    if (never.length + invited.length) {
      await recordAudit(tx, actor, {
        action: "guests.removed",
        entityType: "event",
        entityId: eventId,
        eventId,
        before: { invitationIds: [...never, ...invited].slice(0, 50) },
        after: { deleted: never.length, withdrawn: invited.length },
      });
    }
    if (never.length) await tx.delete(invitations).where(inArray(invitations.id, never));
    if (invited.length) {
      await tx
        .update(invitations)
        .set({ status: "cancelled", linkNonce: null, tokenHash: null, waitlistedAt: null, updatedAt: new Date() })
        .where(inArray(invitations.id, invited));
    }
    await dropReminders(tx, { eventId, invitationIds: invited });
    // Seats freed, or a guest left the line (the next one in it may fit where they did not).
    if (rows.some((r) => r.status === "accepted" || r.status === "delegate_pending" || r.status === "waitlisted")) await promoteWaitlist(tx, event, actor);
    return { removed: never.length, withdrawn: invited.length };
  });
}

export type GuestImportResult = { ok: false; errors: CsvError[] } | { ok: true; created: number; added: number; alreadyListed: number };

/**
 * A CSV (or a paste from a spreadsheet) straight onto the guest list: each
 * row finds its person by email, in any letter case, or creates them; every
 * bad row is reported by line and then nothing is written. People already in
 * the directory keep what the directory says about them.
 */
export async function importGuests(db: Db, actor: Actor, eventId: string, text: string): Promise<GuestImportResult> {
  const parsed = parsePeopleCsv(text);
  const errors = [...parsed.errors];
  for (const row of parsed.rows) {
    if (!row.email) errors.push({ line: row.line, message: `${row.givenName} ${row.familyName} has no email address; a guest needs one to be invited.` });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "cancelled") throw new DomainError("This event is cancelled; guests cannot be added.");
    const rows = parsed.rows;
    const existing = await findPeopleByEmails(tx, rows.map((r) => r.email as string));
    const byEmail = new Map(existing.map((p) => [(p.email as string).toLowerCase(), p.id]));
    // The parser refuses an email repeated within the file, so each missing person is one row.
    const missing = rows.filter((r) => !byEmail.has((r.email as string).toLowerCase()));
    if (missing.length) {
      const created = await tx
        .insert(people)
        .values(missing.map(({ honorific, givenName, familyName, positionTitle, affiliation, email }) => ({ honorific, givenName, familyName, positionTitle, affiliation, email })))
        .returning({ id: people.id, email: people.email });
      for (const p of created) byEmail.set((p.email as string).toLowerCase(), p.id);
      await recordAudit(tx, actor, { action: "people.imported", entityType: "event", entityId: eventId, eventId, after: { created: created.length } });
    }
    const ids = [...new Set(rows.map((r) => byEmail.get((r.email as string).toLowerCase()) as string))];
    const result = await addToList(tx, actor, eventId, ids);
    return { ok: true as const, created: missing.length, ...result };
  });
}

/**
 * A bounced invitation, put right: the guest's address in the directory is
 * corrected, the bounce cleared, and the invitation sent again to the new
 * address with the same link.
 */
export async function correctGuestAddress(db: Db, actor: Actor, eventId: string, invitationId: string, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ personId: invitations.personId, oldEmail: people.email })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)))
      .for("update", { of: invitations });
    if (!row) throw new DomainError("This guest is no longer on the list.");
    const [taken] = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${email} and ${people.id} <> ${row.personId}`);
    if (taken) throw new DomainError("Someone else in the directory has this address. Merge the two people first.", "email");
    await tx.update(people).set({ email, updatedAt: new Date() }).where(eq(people.id, row.personId));
    await tx.update(invitations).set({ bouncedAt: null, updatedAt: new Date() }).where(eq(invitations.id, invitationId));
    await recordAudit(tx, actor, { action: "person.email_corrected", entityType: "person", entityId: row.personId, eventId, before: { email: row.oldEmail }, after: { email } });
  });
  await resendInvitation(db, actor, eventId, invitationId);
}
