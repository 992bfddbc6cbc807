import { randomInt } from "node:crypto";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { invitations } from "@/db/schema";
import type { QrAttachment } from "@/db/schema";
import type { Db } from "@/db/types";
import { qrPng } from "./qr-png";

/**
 * The door's short code: eight characters from an alphabet without the
 * look-alikes (0/O, 1/I/L, U/V), so a code read aloud or typed from a badge
 * is the code printed. 29^8 ≈ 5 × 10^11 codes: unique per event by a
 * retry, never guessable into anything, since a code opens nothing — it
 * only marks an arrival at a door where staff are signed in.
 */
export const CHECK_IN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const CHECK_IN_CODE_LENGTH = 8;
const CODE_PATTERN = new RegExp(`^[${CHECK_IN_ALPHABET}]{${CHECK_IN_CODE_LENGTH}}$`);

export function newCheckInCode(): string {
  let code = "";
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i++) code += CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)];
  return code;
}

/**
 * What a scanner or a hand typed, as a code, or null when it cannot be one:
 * case, spaces and the hyphen the badge prints ("ABCD-2345") do not matter.
 */
export function normalizeCheckInCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return CODE_PATTERN.test(code) ? code : null;
}

/** "ABCD2345" as printed and read aloud: "ABCD-2345". */
export const formatCheckInCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

const ATTEMPTS = 5;

/**
 * A code for an invitation that has none, as a value for a write the caller
 * makes anyway (an answer's update, under its row lock): the new code, or
 * null when another invitation of the event holds it already, in which case
 * ensureCheckInCode draws again. Saves the answer its own statement.
 */
export function freshCheckInCode(eventId: string, code = newCheckInCode()): SQL<string | null> {
  return sql<string | null>`(case when not exists (select 1 from ${invitations} taken where taken.event_id = ${eventId} and taken.check_in_code = ${code}) then ${code}::text end)`;
}

/**
 * The invitation's code, given now if it has none. The update takes a code
 * no other invitation of the event holds, and only while this one has none,
 * so two callers at once end with one code. (A concurrent twin of the very
 * same fresh code would meet the unique index: one chance in 10^11.)
 */
export async function ensureCheckInCode(tx: Db, invitation: { id: string; eventId: string; checkInCode: string | null }): Promise<string> {
  if (invitation.checkInCode) return invitation.checkInCode;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = newCheckInCode();
    const [row] = await tx
      .update(invitations)
      .set({ checkInCode: code })
      .where(
        and(
          eq(invitations.id, invitation.id),
          isNull(invitations.checkInCode),
          sql`not exists (select 1 from ${invitations} taken where taken.event_id = ${invitation.eventId} and taken.check_in_code = ${code})`,
        ),
      )
      .returning({ checkInCode: invitations.checkInCode });
    if (row?.checkInCode) return row.checkInCode;
    const [now] = await tx.select({ checkInCode: invitations.checkInCode }).from(invitations).where(eq(invitations.id, invitation.id));
    if (now?.checkInCode) return now.checkInCode;
  }
  throw new Error(`No free check-in code after ${ATTEMPTS} attempts`);
}

/**
 * Gives a code to every accepted guest of the event who has none (guests who
 * accepted before codes existed, walk-ins, answers recorded by staff), in one
 * transaction. Badges call it before printing.
 */
export async function backfillCheckInCodes(db: Db, eventId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const missing = await tx
      .select({ id: invitations.id, eventId: invitations.eventId, checkInCode: invitations.checkInCode })
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "accepted"), isNull(invitations.checkInCode)))
      .for("update");
    for (const invitation of missing) await ensureCheckInCode(tx, invitation);
    return missing.length;
  });
}

/**
 * The code as a QR image (PNG), black on white with the quiet zone scanners
 * need: qrPng's own level and margin, the ones a confirmation's QR is drawn
 * with when it goes out (lib/email/attachments.ts).
 */
export async function checkInQrPng(code: string, scale = 8): Promise<Buffer> {
  return qrPng(code, { scale });
}

/**
 * The QR code attached to a guest's confirmation, so it can be shown at the
 * door from a phone: queued as the code, drawn as `checkInQrPng(code)` when
 * the email goes out (lib/email/attachments.ts).
 */
export function checkInQrAttachment(code: string): QrAttachment {
  return { filename: `check-in-${code}.png`, contentType: "image/png", qr: code };
}
