import { serveAsset } from "../serve-asset";

export const dynamic = "force-dynamic";

// An uploaded photo or logo as stored (re-encoded at upload, without metadata).
// Who may see it, and how caches keep it: app/assets/serve-asset.ts.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveAsset(request, id, null);
}
