import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { getEventForStaff } from "@/lib/events/staff-queries";
import { isUuid } from "@/lib/ids";
import { guestCounts } from "@/lib/invitations/queries";

/** The event for this request, or the 404 page for a malformed or unknown id. */
export const loadEvent = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  const event = await getEventForStaff(getDb(), id);
  if (!event) notFound();
  return event;
});

/** The guest counts of the event, once per request: the layout's tab and the page both show them. */
export const loadGuestCounts = cache((eventId: string) => guestCounts(getDb(), eventId));

/** The page's search parameters, as Next.js passes them. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The event a page that changes it is for: editors only. */
export async function loadEventToEdit(params: Promise<{ id: string }>) {
  await requireStaff("editor");
  return loadEvent((await params).id);
}
