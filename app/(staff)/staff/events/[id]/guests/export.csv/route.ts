import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { getEventForStaff } from "@/lib/events/staff-queries";
import { guestsToCsv } from "@/lib/invitations/export";
import { listGuestsForExport } from "@/lib/invitations/queries";
import { isUuid } from "@/lib/ids";
import { guestSortFrom } from "@/lib/seating/precedence-sql";

/**
 * The guest list as CSV, for staff. For an event under the Chatham House
 * (or off-the-record) rule, only after the confirmation page: a link from
 * elsewhere gets a 409 and the reason.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) return new Response("Sign in to export a guest list.", { status: 401 });
  const { id } = await params;
  const event = isUuid(id) ? await getEventForStaff(getDb(), id) : null;
  if (!event) return new Response("No such event.", { status: 404 });
  const search = new URL(request.url).searchParams;
  const confirmed = search.get("confirmed") === "1";
  if (event.attribution !== "on_record" && !confirmed) {
    return new Response("This guest list is confidential: confirm on the export page first.", { status: 409 });
  }
  const csv = guestsToCsv(await listGuestsForExport(getDb(), event.id, guestSortFrom(search.get("sort") ?? undefined)));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-guests.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
