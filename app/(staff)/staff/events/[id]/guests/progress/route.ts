import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { invitationDelivery } from "@/lib/invitations/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How the current send is going, for the progress bar on the guest list. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ error: "Unknown event." }, { status: 404 });
  return Response.json(await invitationDelivery(getDb(), id), { headers: { "cache-control": "no-store" } });
}
