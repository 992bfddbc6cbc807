// Where a recap photo is fetched from. Safe in client components.
//
// Every photo is served by Convene's own route, which asks the database on
// each request whether the photo may be seen: `/assets/<id>` (the stored
// copy) and `/assets/<id>/<width>` (a WebP at most that wide). A published
// photo's public address carries its publication (`?v=`, from the recap's
// publishedAt): unpublishing, taking the photo off, or the event leaving
// the public side makes every such address a 404 at once, and publishing
// again gives new addresses, so nothing cached under an old one ever comes
// back. An address without `?v=` is for signed-in staff (drafts' previews).

/** The widths the route renders; anything else is a 404, so nobody can make it resize at every width. */
export const PHOTO_WIDTHS = [160, 320, 480, 640, 828, 1080, 1280, 1600, 2048] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];

export function isPhotoWidth(n: number): n is PhotoWidth {
  return (PHOTO_WIDTHS as readonly number[]).includes(n);
}

const VERSION = /^[0-9a-z]{1,12}$/;

/** The version of one publication of a recap: its publishedAt, in base 36. */
export function publicationVersion(publishedAt: Date): string {
  return publishedAt.getTime().toString(36);
}

export function isPublicationVersion(v: string): boolean {
  return VERSION.test(v);
}

/** The address of a photo: the stored copy, or a resized one; with the publication it is public under, or none (staff only). */
export function photoUrl(assetId: string, version: string | null, width?: PhotoWidth): string {
  const path = width ? `/assets/${assetId}/${width}` : `/assets/${assetId}`;
  return version ? `${path}?v=${version}` : path;
}

export type PhotoSource = { assetId: string; width: number | null; height: number | null; version: string | null };

/**
 * `src` and `srcSet` for an <img>: every rendered width below the photo's
 * own, and the first at or above it, which the route renders at the photo's
 * own width (it never enlarges), so each candidate is described by its true
 * width. `preferred` is what a browser that ignores srcset gets.
 */
export function photoSrcSet(photo: PhotoSource, preferred: PhotoWidth = 1080): { src: string; srcSet?: string } {
  const natural = photo.width;
  if (!natural) return { src: photoUrl(photo.assetId, photo.version) };
  const candidates: { width: PhotoWidth; actual: number }[] = [];
  for (const width of PHOTO_WIDTHS) {
    candidates.push({ width, actual: Math.min(width, natural) });
    if (width >= natural) break;
  }
  const fallback = candidates.find((c) => c.width >= preferred) ?? candidates[candidates.length - 1];
  return {
    src: photoUrl(photo.assetId, photo.version, fallback.width),
    srcSet: candidates.map((c) => `${photoUrl(photo.assetId, photo.version, c.width)} ${c.actual}w`).join(", "),
  };
}
