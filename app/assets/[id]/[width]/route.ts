import { serveAsset } from "../../serve-asset";

export const dynamic = "force-dynamic";

// A photo resized for the page: WebP, at most this many pixels wide (one of
// PHOTO_WIDTHS in lib/recaps/photo-urls.ts), under the same rules as the photo itself.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; width: string }> }) {
  const { id, width } = await params;
  return serveAsset(request, id, width);
}
