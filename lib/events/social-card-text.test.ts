import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CARD_FONT_RANGES, cardText } from "./social-card-text";

/** The code points a TrueType font maps, from its cmap table (formats 4 and 12). */
function fontCodePoints(font: Buffer): Set<number> {
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString("latin1", 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const cmap = tables.get("cmap")!;
  const points = new Set<number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const [start, end, delta, offset] = [font.readUInt16BE(starts + 2 * s), font.readUInt16BE(ends + 2 * s), font.readInt16BE(deltas + 2 * s), font.readUInt16BE(offsets + 2 * s)];
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = offset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start));
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(at + 12); g++) {
        for (let c = font.readUInt32BE(at + 16 + 12 * g); c <= font.readUInt32BE(at + 20 + 12 * g); c++) points.add(c);
      }
    }
  }
  return points;
}

describe("text on the social card", () => {
  it("lists exactly the characters of the font next/og draws with", () => {
    const next = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
    const font = fs.readFileSync(path.join(next, "dist/compiled/@vercel/og/Geist-Regular.ttf"));
    const listed = CARD_FONT_RANGES.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
    expect(listed).toEqual([...fontCodePoints(font)].sort((a, b) => a - b));
  });

  it("leaves out emoji, flags and scripts the font lacks, keeps accented Latin and Cyrillic", () => {
    const shown: Record<string, string> = {
      "Climate 🌍 Security Forum 🇳🇴": "Climate Security Forum",
      "👩🏽‍⚖️ Women in Peace Processes": "Women in Peace Processes",
      "Rød-Larsen on the Oslo Accords — 30 years": "Rød-Larsen on the Oslo Accords — 30 years",
      "Cafe\u0301 in Kraków, Łódź, Şanlıurfa and Москва": "Café in Kraków, Łódź, Şanlıurfa and Москва",
      "Dialogue 对话 حوار": "Dialogue",
      "Peace ☺ ©2026": "Peace 2026",
      "Line\u2028break\tand\u00a0space": "Line break and space",
      "🎉": "",
    };
    for (const [title, text] of Object.entries(shown)) expect(cardText(title), title).toBe(text);
  });
});
