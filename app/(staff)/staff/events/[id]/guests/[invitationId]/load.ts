import "server-only";
import { loadGuest } from "../guest";
import { loadEventToEdit } from "../../load";

export type GuestPageParams = Promise<{ id: string; invitationId: string }>;

/** The event and the guest a page about one guest is for: editors only, a 404 for a guest not on this event. */
export async function loadGuestPage(params: GuestPageParams) {
  const event = await loadEventToEdit(params);
  return { event, ...(await loadGuest(event.id, (await params).invitationId)) };
}
