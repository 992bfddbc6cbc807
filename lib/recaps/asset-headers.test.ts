import { describe, expect, it } from "vitest";
import { assetResponseHeaders, etagMatches, isAssetId } from "./asset-headers";

const sha = "a".repeat(64);

describe("serving an asset", () => {
  it("answers only well-formed ids", () => {
    expect(isAssetId("6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f")).toBe(true);
    for (const bad of ["", "../etc/passwd", "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6", "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f.png"]) expect(isAssetId(bad)).toBe(false);
  });

  it("caches a public photo for a year everywhere, and a draft's photo only in the browser", () => {
    const asset = { contentType: "image/png", sha256: sha, filename: "Søreide at the podium.png" };
    const open = assetResponseHeaders(asset, true);
    expect(open).toMatchObject({ "Content-Type": "image/png", "Cache-Control": "public, max-age=31536000, immutable", ETag: `"${sha}"`, "X-Content-Type-Options": "nosniff" });
    expect(open["Content-Disposition"]).toBe(`inline; filename="S_reide at the podium.png"; filename*=UTF-8''S%C3%B8reide%20at%20the%20podium.png`);
    expect(assetResponseHeaders(asset, false)["Cache-Control"]).toBe("private, max-age=31536000, immutable");
  });

  it("never serves a stored type outside the image allow-list as itself", () => {
    expect(assetResponseHeaders({ contentType: "text/html", sha256: sha, filename: "x.html" }, true)["Content-Type"]).toBe("application/octet-stream");
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
