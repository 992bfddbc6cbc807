import "server-only";
import { and, asc, eq, max, ne } from "drizzle-orm";
import { recapPhotos, recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { findOrStoreAsset, storedFileName, toStoredImage } from "@/lib/assets/store";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { checkRecapImage } from "./images";
import { actorOf, assertEditable, ensureRecap, eventOrThrow, lockRecap, type RecapStaff } from "./recap-rows";
import type { RecapPhotoUploadInput } from "./schema";
import { moveOnePlace } from "@/lib/move-one-place";
import { dropAssetIfUnused } from "@/lib/events/cover-mutations";

// Photos are stored once as assets (bytes in PostgreSQL) and placed on a
// recap with a caption, alt text, a lead flag and an order. The first photo
// leads until another is chosen; when the lead goes, the next one leads.

export type UploadedFile = { bytes: Uint8Array; fileName: string; declaredType?: string | null };

export async function addRecapPhoto(db: Db, staff: RecapStaff, input: RecapPhotoUploadInput, file: UploadedFile) {
  // Decoded and encoded again before anything is written: what is stored is
  // the re-encoded copy (upright, no EXIF), never the bytes as uploaded.
  const check = await checkRecapImage(file);
  if (!check.ok) throw new DomainError(check.message, "file");
  const stored = toStoredImage(check);
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, input.eventId);
    assertEditable(await lockRecap(tx, event.id), staff);
    const recap = await ensureRecap(tx, staff, event);
    // The same photo uploaded again (the same pixels, so the same copy) is the same asset.
    const asset = await findOrStoreAsset(tx, stored, { fileName: file.fileName, fallback: "photo" }, staff.id);
    if (asset.existed) {
      const [already] = await tx
        .select({ id: recapPhotos.id })
        .from(recapPhotos)
        .where(and(eq(recapPhotos.recapId, recap.id), eq(recapPhotos.assetId, asset.id)));
      if (already) throw new DomainError("This photo is already on the recap.", "file");
    }
    const existing = await tx.select({ id: recapPhotos.id, isLead: recapPhotos.isLead }).from(recapPhotos).where(eq(recapPhotos.recapId, recap.id));
    const [{ last }] = await tx.select({ last: max(recapPhotos.position) }).from(recapPhotos).where(eq(recapPhotos.recapId, recap.id));
    const isLead = input.isLead || !existing.some((p) => p.isLead);
    if (isLead) await tx.update(recapPhotos).set({ isLead: false }).where(eq(recapPhotos.recapId, recap.id));
    const [photo] = await tx
      .insert(recapPhotos)
      .values({ recapId: recap.id, assetId: asset.id, caption: input.caption, altText: input.altText, isLead, position: (last ?? -1) + 1 })
      .returning();
    await recordAudit(tx, actorOf(staff), {
      action: "recap.photo_added",
      entityType: "recap",
      entityId: recap.id,
      eventId: event.id,
      after: { file: storedFileName(file.fileName, "photo"), altText: photo.altText, caption: photo.caption, lead: isLead },
    });
    return photo;
  });
}

async function photoWithRecap(tx: Db, staff: RecapStaff, photoId: string) {
  const [photo] = await tx.select().from(recapPhotos).where(eq(recapPhotos.id, photoId));
  if (!photo) throw new DomainError("That photo is no longer on the recap.");
  const [recap] = await tx.select().from(recaps).where(eq(recaps.id, photo.recapId)).for("update");
  assertEditable(recap, staff);
  return { photo, recap };
}

export async function updateRecapPhoto(db: Db, staff: RecapStaff, input: { photoId: string; altText: string; caption: string | null }) {
  return db.transaction(async (tx) => {
    const { photo, recap } = await photoWithRecap(tx, staff, input.photoId);
    await tx.update(recapPhotos).set({ altText: input.altText, caption: input.caption }).where(eq(recapPhotos.id, photo.id));
    await recordAudit(tx, actorOf(staff), {
      action: "recap.photo_changed",
      entityType: "recap",
      entityId: recap.id,
      eventId: recap.eventId,
      before: { altText: photo.altText, caption: photo.caption },
      after: { altText: input.altText, caption: input.caption },
    });
    return { eventId: recap.eventId };
  });
}

export async function setLeadRecapPhoto(db: Db, staff: RecapStaff, photoId: string) {
  return db.transaction(async (tx) => {
    const { photo, recap } = await photoWithRecap(tx, staff, photoId);
    await tx.update(recapPhotos).set({ isLead: false }).where(and(eq(recapPhotos.recapId, recap.id), ne(recapPhotos.id, photo.id)));
    await tx.update(recapPhotos).set({ isLead: true }).where(eq(recapPhotos.id, photo.id));
    await recordAudit(tx, actorOf(staff), { action: "recap.photo_lead", entityType: "recap", entityId: recap.id, eventId: recap.eventId, after: { altText: photo.altText } });
    return { eventId: recap.eventId };
  });
}

export async function moveRecapPhoto(db: Db, staff: RecapStaff, photoId: string, direction: "up" | "down") {
  return db.transaction(async (tx) => {
    const { recap } = await photoWithRecap(tx, staff, photoId);
    const all = await tx.select().from(recapPhotos).where(eq(recapPhotos.recapId, recap.id)).orderBy(asc(recapPhotos.position), asc(recapPhotos.id));
    const moved = moveOnePlace(all, photoId, direction);
    if (!moved) return { eventId: recap.eventId };
    for (const [position, p] of moved.order.entries()) {
      if (p.position !== position) await tx.update(recapPhotos).set({ position }).where(eq(recapPhotos.id, p.id));
    }
    await recordAudit(tx, actorOf(staff), { action: "recap.photo_moved", entityType: "recap", entityId: recap.id, eventId: recap.eventId, before: { position: moved.from }, after: { position: moved.to } });
    return { eventId: recap.eventId };
  });
}

/** Takes the photo off the recap; its bytes go too unless something else (a logo, an event's cover) still uses them. */
export async function removeRecapPhoto(db: Db, staff: RecapStaff, photoId: string) {
  return db.transaction(async (tx) => {
    const { photo, recap } = await photoWithRecap(tx, staff, photoId);
    await tx.delete(recapPhotos).where(eq(recapPhotos.id, photo.id));
    if (photo.isLead) {
      const [next] = await tx.select({ id: recapPhotos.id }).from(recapPhotos).where(eq(recapPhotos.recapId, recap.id)).orderBy(asc(recapPhotos.position)).limit(1);
      if (next) await tx.update(recapPhotos).set({ isLead: true }).where(eq(recapPhotos.id, next.id));
    }
    await dropAssetIfUnused(tx, photo.assetId);
    await recordAudit(tx, actorOf(staff), { action: "recap.photo_removed", entityType: "recap", entityId: recap.id, eventId: recap.eventId, before: { altText: photo.altText, caption: photo.caption } });
    return { eventId: recap.eventId };
  });
}
