// How an asset is served: the type it was stored with (taken from its bytes
// at upload), cached for a year as immutable, an ETag from its SHA-256, and
// nothing a browser could take for a page.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isAssetId(id: string): boolean {
  return UUID.test(id);
}

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

export function assetResponseHeaders(asset: { contentType: string; sha256: string; filename: string }, isPublic: boolean): Record<string, string> {
  const type = SERVABLE.has(asset.contentType) ? asset.contentType : "application/octet-stream";
  const ascii = asset.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": type,
    "Cache-Control": isPublic ? "public, max-age=31536000, immutable" : "private, max-age=31536000, immutable",
    ETag: etagOf(asset.sha256),
    "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(asset.filename)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": ASSET_POLICY,
    "Cross-Origin-Resource-Policy": "same-site",
    ...(isPublic ? {} : { Vary: "Cookie" }),
  };
}
