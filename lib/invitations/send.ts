import { and, eq, sql } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { enqueueEmail, enqueueEmails, type EnqueueEmailInput } from "@/lib/email/enqueue";
import { DomainError } from "@/lib/errors";
import { optOutKeys, optOutUrl } from "@/lib/opt-out/links";
import { linkFor } from "./answer";
import { lockEvent, type LockedEvent } from "./capacity";
import { guestLinkKey, issueLink } from "./links";
import { formatOptOutDate, invitationTargetsSql } from "./recipient-rules";
import { greetingName, guestEmailContext } from "./guest-email-context";

export type SendResult = { sent: number; withoutEmail: number };

function assertInvitable(event: LockedEvent, now: Date) {
  if (event.status === "draft") throw new DomainError("Schedule the event before sending invitations: it is still a draft.");
  if (event.status === "cancelled") throw new DomainError("This event is cancelled; invitations cannot be sent.");
  if (event.endsAt.getTime() <= now.getTime()) throw new DomainError("This event has taken place; invitations cannot be sent.");
}

/**
 * Sends invitations to guests not yet invited (all of them, or those chosen):
 * each gets a personal link, the status `invited`, and an email, all in one
 * transaction: either every chosen guest is invited and their email queued,
 * or nothing changes. Guests with no email address are left as they were and counted.
 */
export async function sendInvitations(db: Db, actor: Actor, eventId: string, opts: { invitationIds?: readonly string[]; now?: Date } = {}): Promise<SendResult> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    assertInvitable(event, now);
    const chosen = await tx
      .select({ id: invitations.id, person: people })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(invitationTargetsSql(eventId, opts.invitationIds));
    const reachable = chosen.filter((c) => c.person.email);
    if (reachable.length === 0) return { sent: 0, withoutEmail: chosen.length };
    const [key, optOut] = await Promise.all([guestLinkKey(tx), optOutKeys(tx)]);
    const ctx = await guestEmailContext(tx, event);
    const links = reachable.map((c) => ({ id: c.id, ...issueLink(key, c.id) }));
    // One statement for the whole batch: 5 000 single-row updates took seconds.
    await tx.execute(sql`
      update invitations set status = 'invited', invited_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz,
        link_nonce = l.nonce, token_hash = l.token_hash
      from jsonb_to_recordset(${JSON.stringify(links.map((l) => ({ id: l.id, nonce: l.nonce, token_hash: l.tokenHash })))}::jsonb)
        as l(id uuid, nonce text, token_hash text)
      where invitations.id = l.id`);
    const emails: EnqueueEmailInput<"invitation">[] = reachable.map((c, i) => ({
      to: c.person.email as string,
      template: "invitation",
      props: { guestName: greetingName(c.person), event: ctx.emailEvent, respondUrl: links[i].url, respondBy: ctx.respondBy, resent: false, optOutUrl: optOutUrl(optOut, c.person.id) },
      eventId,
      invitationId: c.id,
    }));
    await enqueueEmails(tx, emails);
    await recordAudit(tx, actor, {
      action: "invitations.sent",
      entityType: "event",
      entityId: eventId,
      eventId,
      after: { count: reachable.length, invitationIds: reachable.length <= 50 ? reachable.map((c) => c.id) : undefined },
    });
    return { sent: reachable.length, withoutEmail: chosen.length - reachable.length };
  });
}

const RESENDABLE = ["invited", "accepted", "declined", "waitlisted", "delegate_pending"] as const;

/**
 * Emails the invitation again. With `newLink`, the old link stops working
 * first (a forwarded or leaked link); otherwise the guest's link stays the same.
 */
export async function resendInvitation(
  db: Db,
  actor: Actor,
  eventId: string,
  invitationId: string,
  opts: { newLink?: boolean; now?: Date } = {},
): Promise<{ to: string }> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    assertInvitable(event, now);
    const [row] = await tx
      .select({ invitation: invitations, person: people })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)))
      .for("update", { of: invitations });
    if (!row) throw new DomainError("This guest is no longer on the list.");
    if (!(RESENDABLE as readonly string[]).includes(row.invitation.status)) {
      throw new DomainError(
        row.invitation.status === "not_sent" ? "This invitation has not been sent yet: send it first." : "This invitation is closed and cannot be sent again.",
      );
    }
    if (!row.person.email) throw new DomainError("This guest has no email address. Add one in the directory first.");
    // A guest who has answered gets their own link again; one who has not would be getting another invitation.
    if (row.person.optedOutAt && row.invitation.status === "invited") {
      throw new DomainError(`This guest opted out of invitations on ${formatOptOutDate(row.person.optedOutAt, event.timeZone)}; only they can opt in again.`);
    }
    const [key, optOut] = await Promise.all([guestLinkKey(tx), optOutKeys(tx)]);
    let url: string;
    if (opts.newLink) {
      const link = issueLink(key, invitationId);
      await tx.update(invitations).set({ linkNonce: link.nonce, tokenHash: link.tokenHash, updatedAt: now }).where(eq(invitations.id, invitationId));
      url = link.url;
    } else {
      url = await linkFor(tx, row.invitation);
    }
    const ctx = await guestEmailContext(tx, event);
    await enqueueEmail(tx, {
      to: row.person.email,
      template: "invitation",
      props: { guestName: greetingName(row.person), event: ctx.emailEvent, respondUrl: url, respondBy: ctx.respondBy, resent: true, optOutUrl: optOutUrl(optOut, row.person.id) },
      eventId,
      invitationId,
    });
    await recordAudit(tx, actor, {
      action: opts.newLink ? "invitation.link_revoked" : "invitation.resent",
      entityType: "invitation",
      entityId: invitationId,
      eventId,
      after: { to: row.person.email },
    });
    return { to: row.person.email };
  });
}
