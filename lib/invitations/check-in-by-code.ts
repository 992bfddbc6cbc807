import "server-only";
import { and, eq } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { personName } from "@/lib/people/display-name";
import { checkIn } from "./check-in";
import { formatCheckInCode, normalizeCheckInCode } from "./check-in-code";
import { expectedAtTheDoor } from "./door-standing";

export type ScanResult =
  | { kind: "arrived"; invitationId: string; name: string; checkedInAt: string; already: boolean }
  /** Found, but not expected (declined, waitlisted…): the door shows them so staff can "Admit anyway", with a reason. */
  | { kind: "not-expected"; invitationId: string; name: string; message: string };

/**
 * A badge or a phone's QR code scanned at the door: the code names one
 * invitation of this event, which is then checked in by the door's own rule
 * (`checkIn`: once, however often scanned). The code proves nothing about
 * who holds it; it saves typing a name. A code of another event, or none,
 * is refused in words, and the door falls back to the search.
 */
export async function checkInByCode(db: Db, actor: Actor, eventId: string, scanned: string, now = new Date()): Promise<ScanResult> {
  const code = normalizeCheckInCode(scanned);
  if (!code) throw new DomainError("This is not a Convene check-in code. Find the guest by name instead.", "code");
  const [guest] = await db
    .select({ id: invitations.id, status: invitations.status, honorific: people.honorific, givenName: people.givenName, familyName: people.familyName })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), eq(invitations.checkInCode, code)));
  if (!guest) throw new DomainError(`No guest of this event has the code ${formatCheckInCode(code)}. Find the guest by name instead.`, "code");
  const name = personName(guest);
  let result: Awaited<ReturnType<typeof checkIn>>;
  try {
    result = await checkIn(db, actor, eventId, guest.id, now);
  } catch (e) {
    // Declined, waitlisted, no answer, withdrawn: not let in by a scan, only by "Admit anyway" with a reason.
    if (e instanceof DomainError && !expectedAtTheDoor(guest.status)) return { kind: "not-expected", invitationId: guest.id, name, message: `${name}: ${e.message}` };
    throw e;
  }
  return { kind: "arrived", invitationId: guest.id, name, checkedInAt: result.checkedInAt.toISOString(), already: result.already };
}
