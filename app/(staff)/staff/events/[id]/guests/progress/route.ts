import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { invitationDelivery } from "@/lib/invitations/queries";
import { isUuid } from "@/lib/ids";

/** How the current send is going, for the progress bar on the guest list. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return Response.json({ error: "Unknown event." }, { status: 404 });
  return Response.json(await invitationDelivery(getDb(), id), { headers: { "cache-control": "no-store" } });
}
