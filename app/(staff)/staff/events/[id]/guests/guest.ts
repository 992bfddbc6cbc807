import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { isUuid } from "@/lib/ids";
import { getGuestOfEvent } from "@/lib/invitations/queries";

/** One guest of this event for a staff page, or the 404 page (a guest of another event included). */
export async function loadGuest(eventId: string, invitationId: string) {
  if (!isUuid(invitationId)) notFound();
  const row = await getGuestOfEvent(getDb(), eventId, invitationId);
  if (!row) notFound();
  return row;
}
