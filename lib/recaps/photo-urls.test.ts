import { describe, expect, it } from "vitest";
import { isPhotoWidth, isPublicationVersion, photoSrcSet, photoUrl, publicationVersion } from "./photo-urls";

const id = "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f";

describe("recap photo addresses", () => {
  it("carry the publication, which changes when the recap is published again", () => {
    const first = publicationVersion(new Date("2026-03-01T10:00:00.000Z"));
    const again = publicationVersion(new Date("2026-03-01T10:00:00.001Z"));
    expect(first).not.toBe(again);
    expect(isPublicationVersion(first)).toBe(true);
    expect(photoUrl(id, first, 640)).toBe(`/assets/${id}/640?v=${first}`);
    expect(photoUrl(id, first)).toBe(`/assets/${id}?v=${first}`);
    expect(photoUrl(id, null, 320)).toBe(`/assets/${id}/320`);
  });

  it("refuse versions and widths the route never makes", () => {
    for (const bad of ["", "K16", "a".repeat(13), "1;drop", "%00"]) expect(isPublicationVersion(bad)).toBe(false);
    expect(isPhotoWidth(640)).toBe(true);
    for (const bad of [0, 641, -640, 99999, Number.NaN]) expect(isPhotoWidth(bad)).toBe(false);
  });

  it("list each rendered width up to the photo's own, described by the width it really has", () => {
    const { src, srcSet } = photoSrcSet({ assetId: id, width: 700, height: 500, version: "v1" });
    expect(srcSet).toBe([160, 320, 480, 640].map((w) => `/assets/${id}/${w}?v=v1 ${w}w`).concat(`/assets/${id}/828?v=v1 700w`).join(", "));
    // 1080 is wanted; the largest there is stands in.
    expect(src).toBe(`/assets/${id}/828?v=v1`);
    expect(photoSrcSet({ assetId: id, width: 4000, height: 3000, version: null }, 320).src).toBe(`/assets/${id}/320`);
  });

  it("fall back to the stored copy when the size is unknown", () => {
    expect(photoSrcSet({ assetId: id, width: null, height: null, version: "v1" })).toEqual({ src: `/assets/${id}?v=v1` });
  });
});
