import type { NextRequest } from "next/server";
import { AnswerOverview, InvitationCard, LinkNotFound } from "@/components/guests/invitation-card";
import { getDb } from "@/db";
import { describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { databaseUnavailableResponse, noteDatabaseUnavailable } from "@/lib/database-health";
import { guestChoices } from "@/lib/invitations/guest-choices";
import { findGuestByToken } from "@/lib/invitations/queries";
import { tableToTell } from "@/lib/seating/queries";
import { getInstituteCached } from "@/lib/settings/queries";
import { guestDocument } from "./document";

export const dynamic = "force-dynamic";

/**
 * The guest's page as their link opens it, and as every answer lands on it
 * (`?saved=`): proxy.ts sends a browser's GET of /rsvp/<token> here. The
 * forms (`?answer=`) and the router's own fetches stay with the page beside
 * it, which draws this same view with the same components.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const db = getDb();
    const [guest, institute] = await Promise.all([findGuestByToken(db, token), getInstituteCached(db)]);
    if (!guest) return await guestDocument({ title: "Page not found", institute, status: 404, children: <LinkNotFound contact={institute.eventsEmail} /> });
    const table = await tableToTell(db, guest);
    return await guestDocument({
      title: `Your invitation: ${guest.event.title}`,
      institute,
      children: (
        <InvitationCard guest={guest} institute={institute}>
          <AnswerOverview guest={guest} institute={institute} token={token} table={table} saved={request.nextUrl.searchParams.get("saved") ?? undefined} choices={guestChoices(guest, new Date())} />
        </InvitationCard>
      ),
    });
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    // The first request of an outage: the page every later one gets from proxy.ts.
    console.error(`A guest's page could not be read: ${describeUnavailable(e)}`);
    noteDatabaseUnavailable();
    return databaseUnavailableResponse("GET");
  }
}
