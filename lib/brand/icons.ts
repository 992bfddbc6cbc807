import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { writeIco } from "./ico";

// Every icon in public/ is made from one drawing, lib/brand/mark.svg
// (`npm run icons` writes them; the files are committed). The colours are
// the design's: ink navy, the warm off-white, the accent's light tint.

export const MARK = path.join(process.cwd(), "lib/brand/mark.svg");
export const INK = "#14213d";
export const SURFACE = "#faf8f4";

export type IconFile = { file: string; size?: number; type: string; purpose?: "any" | "maskable" };

/** What public/ gets, and what the manifest lists. */
export const ICON_FILES = {
  svg: { file: "favicon.svg", type: "image/svg+xml" },
  ico: { file: "favicon.ico", type: "image/x-icon" },
  apple: { file: "apple-touch-icon.png", size: 180, type: "image/png" },
  icon192: { file: "icon-192.png", size: 192, type: "image/png", purpose: "any" },
  icon512: { file: "icon-512.png", size: 512, type: "image/png", purpose: "any" },
  maskable: { file: "icon-maskable-512.png", size: 512, type: "image/png", purpose: "maskable" },
} as const satisfies Record<string, IconFile>;

export const ICO_SIZES = [16, 32, 48] as const;

/**
 * The mark as a square PNG. Drawn large and scaled down, so the small sizes
 * are sharp. `opaque`: the rounded corners filled with ink, full-bleed (iOS
 * and Android's masks round the corners themselves and show no transparency).
 */
export async function renderMark(svg: Buffer, size: number, { opaque = false } = {}): Promise<Buffer> {
  const image = sharp(svg, { density: Math.max(72, Math.ceil((72 * size * 4) / 64)) }).resize(size, size, { kernel: "lanczos3" });
  return (opaque ? image.flatten({ background: INK }) : image).png({ compressionLevel: 9 }).toBuffer();
}

export function manifest(): Record<string, unknown> {
  const png = [ICON_FILES.icon192, ICON_FILES.icon512, ICON_FILES.maskable];
  return {
    name: "Convene",
    short_name: "Convene",
    description: "Policy forums, roundtables, symposia and dinners.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: INK,
    background_color: SURFACE,
    icons: [
      { src: `/${ICON_FILES.svg.file}`, sizes: "any", type: ICON_FILES.svg.type, purpose: "any" },
      ...png.map((i) => ({ src: `/${i.file}`, sizes: `${i.size}x${i.size}`, type: i.type, purpose: i.purpose })),
    ],
  };
}

/** Writes every icon and the manifest into `dir` (public/). */
export async function writeIcons(dir: string, svg: Buffer = fs.readFileSync(MARK)): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: [string, Buffer | Uint8Array | string][] = [
    [ICON_FILES.svg.file, svg],
    [ICON_FILES.ico.file, writeIco(await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await renderMark(svg, size) }))))],
    [ICON_FILES.apple.file, await renderMark(svg, ICON_FILES.apple.size, { opaque: true })],
    [ICON_FILES.icon192.file, await renderMark(svg, ICON_FILES.icon192.size)],
    [ICON_FILES.icon512.file, await renderMark(svg, ICON_FILES.icon512.size)],
    [ICON_FILES.maskable.file, await renderMark(svg, ICON_FILES.maskable.size, { opaque: true })],
    ["manifest.webmanifest", `${JSON.stringify(manifest(), null, 2)}\n`],
  ];
  for (const [file, content] of files) fs.writeFileSync(path.join(dir, file), content);
  return files.map(([file]) => file);
}
