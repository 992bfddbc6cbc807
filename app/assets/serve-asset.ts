import { getDb } from "@/db";
import { getCurrentStaff } from "@/lib/auth/session";
import { ASSET_POLICY, assetAudience, assetResponseHeaders, etagMatches, isAssetId, variantTag, type AssetVariant } from "@/lib/recaps/asset-headers";
import { isPhotoWidth, isPublicationVersion, publicationVersion } from "@/lib/recaps/photo-urls";
import { photoVariant } from "@/lib/recaps/photo-variants";
import { getAssetData, getAssetForServing } from "@/lib/recaps/queries";

// The one place recap photos and logos leave Convene (lib/recaps/photo-urls.ts
// explains the addresses). Every request asks the database whether the photo
// may be seen at this address, so unpublishing, removing a photo or moving
// its event off the public side answers 404 at once; nothing here or in
// front of it keeps a photo without asking again.

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": ASSET_POLICY } });

export async function serveAsset(request: Request, id: string, width: string | null): Promise<Response> {
  if (!isAssetId(id)) return notFound();
  let variant: AssetVariant = null;
  if (width !== null) {
    const n = /^[1-9][0-9]{0,4}$/.test(width) ? Number(width) : NaN;
    if (!isPhotoWidth(n)) return notFound();
    variant = { width: n };
  }
  const v = new URL(request.url).searchParams.get("v");
  if (v !== null && !isPublicationVersion(v)) return notFound();

  const db = getDb();
  const found = await getAssetForServing(db, id);
  if (!found) return notFound();
  const audience = assetAudience({ version: v, publishedVersions: found.publications.map(publicationVersion), isLogo: found.isLogo, isPublicCover: found.isPublicCover });
  if (audience === "gone") return notFound();
  // A draft's photo answers like a missing one to anyone but staff.
  if (audience === "staff" && !(await getCurrentStaff())) return notFound();

  const headers = assetResponseHeaders(found.asset, audience, variant);
  if (etagMatches(request.headers.get("if-none-match"), variantTag(found.asset.sha256, variant))) return new Response(null, { status: 304, headers });

  let body: Uint8Array | null;
  try {
    body = variant ? await photoVariant(found.asset.sha256, variant.width, () => getAssetData(db, id)) : await getAssetData(db, id);
  } catch (error) {
    // Only an upload from before every photo was decoded can fail to resize.
    console.error("A stored photo could not be resized", { assetId: id, error: error instanceof Error ? error.message : String(error) });
    return notFound();
  }
  if (!body) return notFound();
  return new Response(Buffer.from(body), { status: 200, headers: { ...headers, "Content-Length": String(body.byteLength) } });
}
