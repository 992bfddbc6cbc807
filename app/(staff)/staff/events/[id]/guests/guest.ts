import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { invitations, people } from "@/db/schema";
import { isUuid } from "@/lib/ids";

/** One guest of this event for a staff page, or the 404 page (a guest of another event included). */
export async function loadGuest(eventId: string, invitationId: string) {
  if (!isUuid(invitationId)) notFound();
  const [row] = await getDb()
    .select({ invitation: invitations, person: people })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)));
  if (!row) notFound();
  return row;
}
