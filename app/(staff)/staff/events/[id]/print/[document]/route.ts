import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { getEventForStaff } from "@/lib/events/staff-queries";
import { isUuid } from "@/lib/ids";
import { isPrintKind, printFilename, renderPrintDocument, type PrintOptions } from "@/lib/print/render";

/**
 * An event's printed materials as PDF, for any staff member (viewers print
 * badges too): /staff/events/<id>/print/table-plan, place-cards,
 * table-numbers, escort-cards or badges. Options: ?chatham=1|0 (badges: the
 * Chatham House notice; by default the event's own rule), ?table=0 (place
 * cards without the table).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; document: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) return new Response("Sign in to print an event's materials.", { status: 401 });
  const { id, document } = await params;
  const event = isUuid(id) ? await getEventForStaff(getDb(), id) : null;
  if (!event) return new Response("No such event.", { status: 404 });
  if (!isPrintKind(document)) return new Response("No such printed document. Choose table-plan, place-cards, table-numbers, escort-cards or badges.", { status: 404 });
  const query = new URL(request.url).searchParams;
  const flag = (name: string) => (query.get(name) === "1" ? true : query.get(name) === "0" ? false : undefined);
  const options: PrintOptions = { chathamHouse: flag("chatham"), withTable: flag("table") };
  const pdf = await renderPrintDocument(getDb(), event, document, options);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${printFilename(event, document)}"`,
      "cache-control": "private, no-store",
    },
  });
}
