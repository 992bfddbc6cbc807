import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import * as s from "@/db/schema";
import type { Db } from "@/db/types";

// The demo data's photos: drawn once by db/seed/images/draw.ts and committed
// beside it, read from disk here (nothing is fetched), stored as assets like
// any upload, and placed as events' covers and recaps' lead photos.

export const DEMO_PHOTO_FILES = ["panel-stage.jpg", "roundtable.jpg", "city-dusk.jpg", "dinner-candles.jpg", "lectern-flags.jpg"] as const;
export type DemoPhoto = (typeof DEMO_PHOTO_FILES)[number];

const folder = () => path.join(path.dirname(new URL(import.meta.url).pathname), "images");

/** The demo photos as assets, each stored once (matched by its bytes, so a reload reuses it): file name to asset id. */
export async function ensureDemoPhotos(db: Db, names: readonly DemoPhoto[]): Promise<Map<DemoPhoto, string>> {
  const ids = new Map<DemoPhoto, string>();
  for (const name of new Set(names)) {
    const data = new Uint8Array(fs.readFileSync(path.join(folder(), name)));
    const sha256 = createHash("sha256").update(data).digest("hex");
    const [found] = await db.select({ id: s.assets.id }).from(s.assets).where(and(eq(s.assets.sha256, sha256), eq(s.assets.byteSize, data.length)));
    if (found) {
      ids.set(name, found.id);
      continue;
    }
    const meta = await sharp(data).metadata();
    const [row] = await db
      .insert(s.assets)
      .values({ filename: name, contentType: "image/jpeg", byteSize: data.length, width: meta.width ?? null, height: meta.height ?? null, sha256, data })
      .returning({ id: s.assets.id });
    ids.set(name, row.id);
  }
  return ids;
}
