import "server-only";
import fs from "node:fs";
import path from "node:path";

// The faces of the site on its social cards: Source Serif 4 for the title,
// Source Sans 3 for the rest, as the pages set them. next/og (satori) reads
// TrueType, OpenType and WOFF, not the WOFF2 the pages load
// (@fontsource-variable), so the cards read the static WOFF files of
// @fontsource/source-serif-4 and @fontsource/source-sans-3, subset by
// subset: Latin (with its extensions, for "Søreide", "Mälksoo", "Łódź"),
// Cyrillic and Vietnamese. Given fonts, next/og drops its own (Geist
// Regular), so it is added last: what the faces lack, Geist draws, and
// lib/events/social-card-text.ts keeps off the card what Geist lacks too
// (next/og would fetch it from the internet). next.config.ts traces these
// files into the standalone build; Geist ships inside next.

export const CARD_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "vietnamese"] as const;

export const CARD_FACES = [
  { name: "Source Serif 4", pkg: "source-serif-4", weight: 600 },
  { name: "Source Sans 3", pkg: "source-sans-3", weight: 400 },
  { name: "Source Sans 3", pkg: "source-sans-3", weight: 600 },
] as const;

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 600; style: "normal" };

/** The font next/og draws with when given none, whose characters lib/events/social-card-text.ts lists. */
export const fallbackFontPath = () => path.join(process.cwd(), "node_modules", "next", "dist", "compiled", "@vercel", "og", "Geist-Regular.ttf");

const arrayBuffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Where a face's file is, from the project (or the standalone build's) root. */
export function cardFontPath(pkg: string, subset: string, weight: number): string {
  return path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", `${pkg}-${subset}-${weight}-normal.woff`);
}

let loaded: CardFont[] | null = null;

/** Every face and subset, then Geist, read once per process. */
export function cardFonts(): CardFont[] {
  if (loaded) return loaded;
  const fonts: CardFont[] = [];
  for (const face of CARD_FACES) {
    for (const subset of CARD_SUBSETS) {
      const bytes = fs.readFileSync(cardFontPath(face.pkg, subset, face.weight));
      fonts.push({ name: face.name, weight: face.weight, style: "normal", data: arrayBuffer(bytes) });
    }
  }
  fonts.push({ name: "Geist", weight: 400, style: "normal", data: arrayBuffer(fs.readFileSync(fallbackFontPath())) });
  loaded = fonts;
  return fonts;
}
