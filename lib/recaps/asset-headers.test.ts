import { describe, expect, it } from "vitest";
import { assetAudience, assetResponseHeaders, etagMatches, isAssetId, variantTag } from "./asset-headers";

const sha = "a".repeat(64);

describe("serving an asset", () => {
  it("answers only well-formed ids", () => {
    expect(isAssetId("6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f")).toBe(true);
    for (const bad of ["", "../etc/passwd", "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6", "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f.png"]) expect(isAssetId(bad)).toBe(false);
  });

  it("lets every cache keep a public photo only if it asks again each time, and keeps a draft's photo to the staff member's browser", () => {
    const asset = { contentType: "image/png", sha256: sha, filename: "Søreide at the podium.png" };
    const open = assetResponseHeaders(asset, "public");
    expect(open).toMatchObject({ "Content-Type": "image/png", "Cache-Control": "public, no-cache", ETag: `"${sha}"`, "X-Content-Type-Options": "nosniff" });
    expect(open["Cache-Control"]).not.toMatch(/max-age=[1-9]|immutable/);
    expect(open["Content-Disposition"]).toBe(`inline; filename="S_reide at the podium.png"; filename*=UTF-8''S%C3%B8reide%20at%20the%20podium.png`);
    expect(open.Vary).toBeUndefined();
    expect(assetResponseHeaders(asset, "staff")).toMatchObject({ "Cache-Control": "private, no-cache", Vary: "Cookie" });
  });

  it("serves a resized copy as WebP with its own ETag and name", () => {
    const asset = { contentType: "image/jpeg", sha256: sha, filename: "panel.jpeg" };
    const resized = assetResponseHeaders(asset, "public", { width: 640 });
    expect(resized).toMatchObject({ "Content-Type": "image/webp", ETag: `"${sha}-w640"`, "Cache-Control": "public, no-cache" });
    expect(resized["Content-Disposition"]).toContain('filename="panel-640.webp"');
    expect(variantTag(sha, { width: 640 })).toBe(`${sha}-w640`);
    expect(etagMatches(resized.ETag, variantTag(sha, { width: 640 }))).toBe(true);
    expect(etagMatches(resized.ETag, sha)).toBe(false);
  });

  it("serves a versioned address only while that publication is public, to everyone alike", () => {
    expect(assetAudience({ version: "k16d2800", publishedVersions: ["k16d2800"], isLogo: false })).toBe("public");
    // Unpublished (no publication), or published again (a new one): the old address is gone.
    expect(assetAudience({ version: "k16d2800", publishedVersions: [], isLogo: false })).toBe("gone");
    expect(assetAudience({ version: "k16d2800", publishedVersions: ["k16d2801"], isLogo: false })).toBe("gone");
    expect(assetAudience({ version: "k16d2800", publishedVersions: [], isLogo: true })).toBe("gone");
    // Without a version: a logo to everyone, anything else to staff only, published or not.
    expect(assetAudience({ version: null, publishedVersions: [], isLogo: true })).toBe("public");
    expect(assetAudience({ version: null, publishedVersions: ["k16d2800"], isLogo: false })).toBe("staff");
    expect(assetAudience({ version: null, publishedVersions: [], isLogo: false })).toBe("staff");
    // The cover of an event the public may see is public; of a draft or internal one, staff only.
    expect(assetAudience({ version: null, publishedVersions: [], isLogo: false, isPublicCover: true })).toBe("public");
    expect(assetAudience({ version: null, publishedVersions: [], isLogo: false, isPublicCover: false })).toBe("staff");
  });

  it("never serves a stored type outside the image allow-list as itself", () => {
    expect(assetResponseHeaders({ contentType: "text/html", sha256: sha, filename: "x.html" }, "public")["Content-Type"]).toBe("application/octet-stream");
  });

  it("matches If-None-Match, weak or strong, in a list, or *", () => {
    expect(etagMatches(`"${sha}"`, sha)).toBe(true);
    expect(etagMatches(`W/"${sha}"`, sha)).toBe(true);
    expect(etagMatches(`"other", "${sha}"`, sha)).toBe(true);
    expect(etagMatches("*", sha)).toBe(true);
    expect(etagMatches(`"${"b".repeat(64)}"`, sha)).toBe(false);
    expect(etagMatches(null, sha)).toBe(false);
  });
});
