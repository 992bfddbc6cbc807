import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { loadGuest } from "../guest";
import { loadEvent } from "../../load";

export type GuestPageParams = Promise<{ id: string; invitationId: string }>;

/** The event and the guest a page about one guest is for: editors only, a 404 for a guest not on this event. */
export async function loadGuestPage(params: GuestPageParams) {
  await requireStaff("editor");
  const { id, invitationId } = await params;
  const event = await loadEvent(id);
  return { event, ...(await loadGuest(event.id, invitationId)) };
}
