import fs from "node:fs";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { CARD_FACES, CARD_SUBSETS, cardFontPath, cardFonts } from "./card-fonts";

/** The cmap table of a WOFF file (each table zlib-compressed when that is smaller). */
function woffCmap(woff: Buffer): Buffer {
  expect(woff.toString("latin1", 0, 4)).toBe("wOFF");
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const at = 44 + 20 * i;
    if (woff.toString("latin1", at, at + 4) !== "cmap") continue;
    const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const table = woff.subarray(offset, offset + compLength);
    return compLength < origLength ? zlib.inflateSync(table) : table;
  }
  throw new Error("no cmap table");
}

/** The code points a cmap table maps to a glyph (formats 4 and 12). */
function codePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const at = cmap.readUInt32BE(8 + 8 * i);
    const format = cmap.readUInt16BE(at);
    if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const [start, end, delta, offset] = [cmap.readUInt16BE(starts + 2 * s), cmap.readUInt16BE(ends + 2 * s), cmap.readInt16BE(deltas + 2 * s), cmap.readUInt16BE(offsets + 2 * s)];
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = offset === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start));
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(at + 12); g++) {
        for (let c = cmap.readUInt32BE(at + 16 + 12 * g); c <= cmap.readUInt32BE(at + 20 + 12 * g); c++) points.add(c);
      }
    }
  }
  return points;
}

describe("the social cards' faces", () => {
  it("load as WOFF (which next/og reads), every face and subset, once", () => {
    const fonts = cardFonts();
    expect(fonts).toHaveLength(CARD_FACES.length * CARD_SUBSETS.length + 1);
    expect(new Set(fonts.map((f) => `${f.name} ${f.weight}`))).toEqual(new Set(["Source Serif 4 600", "Source Sans 3 400", "Source Sans 3 600", "Geist 400"]));
    for (const f of fonts.slice(0, -1)) expect(Buffer.from(f.data).toString("latin1", 0, 4)).toBe("wOFF");
    // Last, the font next/og would have used alone: given fonts, it drops its own, and
    // social-card-text.ts keeps on the card only what Geist draws.
    expect(fonts.at(-1)).toMatchObject({ name: "Geist", weight: 400 });
    expect(Buffer.from(fonts.at(-1)!.data).readUInt32BE(0)).toBe(0x00010000);
    expect(cardFonts()).toBe(fonts);
  });

  it("draw the names of the institute's speakers, diacritics and all, in the serif and the sans", () => {
    const names = "Ine Eriksen Søreide, Lauri Mälksoo, Jean-Yves Le Drian, Łódź, Şanlıurfa, Nguyễn, Москва — “2030”";
    for (const face of CARD_FACES) {
      const drawn = new Set<number>();
      for (const subset of CARD_SUBSETS) for (const c of codePoints(woffCmap(fs.readFileSync(cardFontPath(face.pkg, subset, face.weight))))) drawn.add(c);
      const missing = [...names].filter((ch) => !drawn.has(ch.codePointAt(0)!));
      expect(missing, `${face.name} ${face.weight}`).toEqual([]);
    }
  });
});
