"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addWalkIn, admitAnyway, checkIn, undoCheckIn } from "@/lib/invitations/check-in";
import { checkInByCode, type ScanResult } from "@/lib/invitations/check-in-by-code";
import { admitReasonSchema, walkInSchema } from "@/lib/invitations/schema";
import { staffAction } from "@/lib/safe-action";

const ids = z.object({ eventId: z.uuid("Unknown event"), invitationId: z.uuid("Unknown guest") });

export const markArrived = staffAction<typeof ids, { checkedInAt: string; already: boolean }>("editor", ids, async ({ eventId, invitationId }, { db, actor }) => {
  const result = await checkIn(db, actor, eventId, invitationId);
  revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true, data: { checkedInAt: result.checkedInAt.toISOString(), already: result.already } };
});

const admit = ids.extend(admitReasonSchema.shape);

/** A guest who was not expected, let in on purpose: the reason is required and goes in the history. */
export const admitAnywayAction = staffAction<typeof admit, { checkedInAt: string; already: boolean }>("editor", admit, async ({ eventId, invitationId, reason }, { db, actor }) => {
  const result = await admitAnyway(db, actor, eventId, invitationId, reason);
  revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true, data: { checkedInAt: result.checkedInAt.toISOString(), already: result.already } };
});

export const undoArrival = staffAction("editor", ids, async ({ eventId, invitationId }, { db, actor }) => {
  await undoCheckIn(db, actor, eventId, invitationId);
  revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true };
});

const walkIn = walkInSchema.extend({ eventId: z.uuid("Unknown event") });

export const addWalkInAction = staffAction("editor", walkIn, async ({ eventId, ...person }, { db, actor }) => {
  const { wasListed } = await addWalkIn(db, actor, eventId, person);
  revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true, message: wasListed ? `${person.givenName} ${person.familyName} was on the list: marked arrived.` : `${person.givenName} ${person.familyName} added as a walk-in and marked arrived.` };
});

const scanned = z.object({ eventId: z.uuid("Unknown event"), code: z.string().trim().min(1, "Scan a badge or type its code.").max(200, "This is not a Convene check-in code.") });

/** A badge's (or a confirmation email's) QR code, scanned at the door: that guest is marked arrived, by the door's own rules. */
export const scanArrival = staffAction<typeof scanned, ScanResult>("editor", scanned, async ({ eventId, code }, { db, actor }) => {
  const result = await checkInByCode(db, actor, eventId, code);
  if (result.kind === "arrived") revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true, data: result };
});
