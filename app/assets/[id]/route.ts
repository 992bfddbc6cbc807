import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { ASSET_POLICY, assetResponseHeaders, etagMatches, isAssetId } from "@/lib/recaps/asset-headers";
import { getAssetForServing } from "@/lib/recaps/queries";

export const dynamic = "force-dynamic";

// Uploaded photos and logos, by id. Their bytes never change (a new upload is
// a new asset), so they are cached for a year, everywhere, and revalidated by
// their SHA-256. Photos of recaps not yet published are for signed-in staff
// only, and never stored by shared caches.

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": ASSET_POLICY } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isAssetId(id)) return notFound();
  const found = await getAssetForServing(getDb(), id);
  if (!found) return notFound();
  // A draft's photo answers like a missing one to anyone but staff.
  if (!found.isPublic && !(await getCurrentStaff())) return notFound();
  const headers = assetResponseHeaders(found.asset, found.isPublic);
  if (etagMatches(request.headers.get("if-none-match"), found.asset.sha256)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(found.asset.data), { status: 200, headers: { ...headers, "Content-Length": String(found.asset.byteSize) } });
}
