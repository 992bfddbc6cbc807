// How an asset is served: the type it was stored with (taken from its bytes
// at upload), or WebP for a resized copy; an ETag from its SHA-256; caches
// that always ask first (lib/recaps/photo-urls.ts says why); and nothing a
// browser could take for a page.

import { isUuid } from "@/lib/ids";

export const isAssetId = (id: string): boolean => isUuid(id);

export const etagOf = (sha256: string) => `"${sha256}"`;

/** Whether an If-None-Match header names this asset's ETag (or is "*"). */
export function etagMatches(header: string | null, sha256: string): boolean {
  if (!header) return false;
  const tag = etagOf(sha256);
  return header.split(",").some((t) => {
    const candidate = t.trim().replace(/^W\//, "");
    return candidate === "*" || candidate === tag;
  });
}

/** Nothing an asset could be taken for runs, loads or is framed (proxy.ts leaves it in place: lib/security/csp.ts). */
export const ASSET_POLICY = "default-src 'none'; sandbox";

const SERVABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * Who may have an asset at this address. A versioned address is public
 * while that publication of a recap holding the photo is public, and gone
 * (404) from the moment it is not, to everyone, staff included. An
 * unversioned address serves an organization's logo, and the cover of an
 * event the public may see, to everyone; anything else (drafts' photos in
 * the editor, the cover of a draft or internal event) to signed-in staff only.
 */
export function assetAudience(input: { version: string | null; publishedVersions: readonly string[]; isLogo: boolean; isPublicCover?: boolean }): "public" | "staff" | "gone" {
  if (input.version !== null) return input.publishedVersions.includes(input.version) ? "public" : "gone";
  return input.isLogo || input.isPublicCover ? "public" : "staff";
}

export type AssetVariant = { width: number } | null;

/** The ETag of the stored copy, or of one rendered width of it. */
export const variantTag = (sha256: string, variant: AssetVariant) => (variant ? `${sha256}-w${variant.width}` : sha256);

/**
 * Nothing is cached without asking: a public photo may be stored by any
 * cache but is revalidated on every use (`no-cache`, answered with a 304
 * from the ETag), so a withdrawn photo is a 404 everywhere at once; a
 * staff-only one is kept by the browser alone, per session.
 */
export function assetResponseHeaders(
  asset: { contentType: string; sha256: string; filename: string },
  audience: "public" | "staff",
  variant: AssetVariant = null,
): Record<string, string> {
  const type = variant ? "image/webp" : SERVABLE.has(asset.contentType) ? asset.contentType : "application/octet-stream";
  const filename = variant ? `${asset.filename.replace(/\.[A-Za-z0-9]{1,5}$/, "")}-${variant.width}.webp` : asset.filename;
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": type,
    "Cache-Control": audience === "public" ? "public, no-cache" : "private, no-cache",
    ETag: etagOf(variantTag(asset.sha256, variant)),
    "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": ASSET_POLICY,
    "Cross-Origin-Resource-Policy": "same-site",
    ...(audience === "public" ? {} : { Vary: "Cookie" }),
  };
}
