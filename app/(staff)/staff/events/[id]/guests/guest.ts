import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getGuestOfEvent } from "@/lib/invitations/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One guest of this event for a staff page, or the 404 page (a guest of another event included). */
export async function loadGuest(eventId: string, invitationId: string) {
  if (!UUID.test(invitationId)) notFound();
  const row = await getGuestOfEvent(getDb(), eventId, invitationId);
  if (!row) notFound();
  return row;
}
