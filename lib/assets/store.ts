import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { assets } from "@/db/schema";
import type { Db } from "@/db/types";

// Recap photos, event covers and the institute's logo are kept the same way:
// the checked, re-encoded copy (lib/recaps/images.ts), once per picture.

/** A checked image ready to keep, with the digest that finds it again. */
export type StoredImage = { bytes: Uint8Array; contentType: string; width: number; height: number; sha256: string };

/** A checked image (lib/recaps/images.ts) with its digest, computed before any transaction. */
export function toStoredImage(check: Omit<StoredImage, "sha256">): StoredImage {
  return { bytes: check.bytes, contentType: check.contentType, width: check.width, height: check.height, sha256: createHash("sha256").update(check.bytes).digest("hex") };
}

/** The name kept for an upload: its last path segment, printable, not endless; `fallback` when nothing is left. */
export function storedFileName(name: string, fallback: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f-\u009f"]/g, "").trim();
  return (base || fallback).slice(0, 200);
}

/**
 * The asset holding this image: the one already kept (the same pixels
 * uploaded again are the same asset), or a new one named after the upload.
 */
export async function findOrStoreAsset(
  tx: Db,
  image: StoredImage,
  name: { fileName: string; fallback: string },
  createdById: string | null,
): Promise<{ id: string; existed: boolean }> {
  const [found] = await tx.select({ id: assets.id }).from(assets).where(and(eq(assets.sha256, image.sha256), eq(assets.byteSize, image.bytes.length)));
  if (found) return { id: found.id, existed: true };
  const [created] = await tx
    .insert(assets)
    .values({
      filename: storedFileName(name.fileName, name.fallback),
      contentType: image.contentType,
      byteSize: image.bytes.length,
      width: image.width,
      height: image.height,
      sha256: image.sha256,
      data: image.bytes,
      createdById,
    })
    .returning({ id: assets.id });
  return { id: created.id, existed: false };
}
