import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { assets, events, organizations, recapPhotos, settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { findOrStoreAsset, storedFileName, toStoredImage, type StoredImage } from "@/lib/assets/store";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { checkRecapImage } from "@/lib/recaps/images";
import type { UploadedFile } from "@/lib/recaps/photo-mutations";
import { coverSizeProblem, type EventCoverInput } from "./cover";

// An event's cover is stored like a recap photo (an asset: its bytes decoded
// and encoded again, without metadata, lib/recaps/images.ts) and placed on
// the event with its alt text. It is public exactly while the event is
// (app/assets/serve-asset.ts asks on every request).

/** Whether a photo can be a cover, and the copy to store: the recap photo's checks, then a cover's size. */
export async function checkCoverImage(file: UploadedFile) {
  const check = await checkRecapImage(file);
  if (!check.ok) return check;
  const problem = coverSizeProblem(check.width, check.height);
  return problem ? { ok: false as const, message: problem } : check;
}

/** An asset no event, recap, organization or the institute (its logo) uses any more goes with its last use. */
export async function dropAssetIfUnused(tx: Db, assetId: string): Promise<void> {
  const [photo] = await tx.select({ id: recapPhotos.id }).from(recapPhotos).where(eq(recapPhotos.assetId, assetId)).limit(1);
  const [logo] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.logoAssetId, assetId)).limit(1);
  const [cover] = await tx.select({ id: events.id }).from(events).where(eq(events.coverAssetId, assetId)).limit(1);
  const [institute] = await tx.select({ key: settings.key }).from(settings).where(and(eq(settings.key, "institute"), sql`${settings.value} ->> 'logoAssetId' = ${assetId}`)).limit(1);
  if (!photo && !logo && !cover && !institute) await tx.delete(assets).where(eq(assets.id, assetId));
}

async function lockEvent(tx: Db, eventId: string) {
  const [event] = await tx
    .select({ id: events.id, status: events.status, coverAssetId: events.coverAssetId, coverAlt: events.coverAlt })
    .from(events)
    .where(eq(events.id, eventId))
    .for("update");
  if (!event) throw new DomainError("This event no longer exists.");
  return event;
}

/**
 * Saves the cover: a new photo (replacing the one there) with its alt text,
 * or, without a file, new alt text for the photo already there.
 */
export async function saveEventCover(db: Db, actor: Actor, input: EventCoverInput, file: UploadedFile | null) {
  let stored: StoredImage | null = null;
  if (file) {
    // Decoded and checked before the transaction: nothing is written for a file that is refused.
    const check = await checkCoverImage(file);
    if (!check.ok) throw new DomainError(check.message, "file");
    stored = toStoredImage(check);
  }
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (!stored) {
      if (!event.coverAssetId) throw new DomainError("Choose a photo for the cover.", "file");
      if (event.coverAlt === input.coverAlt) return { changed: false };
      await tx.update(events).set({ coverAlt: input.coverAlt, updatedAt: new Date() }).where(eq(events.id, event.id));
      await recordAudit(tx, actor, { action: "event.cover_changed", entityType: "event", entityId: event.id, eventId: event.id, before: { coverAlt: event.coverAlt }, after: { coverAlt: input.coverAlt } });
      return { changed: true };
    }
    const asset = await findOrStoreAsset(tx, stored, { fileName: file!.fileName, fallback: "cover" }, actor.kind === "staff" ? actor.id : null);
    await tx.update(events).set({ coverAssetId: asset.id, coverAlt: input.coverAlt, updatedAt: new Date() }).where(eq(events.id, event.id));
    if (event.coverAssetId && event.coverAssetId !== asset.id) await dropAssetIfUnused(tx, event.coverAssetId);
    await recordAudit(tx, actor, {
      action: event.coverAssetId ? "event.cover_replaced" : "event.cover_added",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      before: event.coverAssetId ? { coverAlt: event.coverAlt } : undefined,
      after: { file: storedFileName(file!.fileName, "cover"), coverAlt: input.coverAlt, size: `${stored.width}×${stored.height}` },
    });
    return { changed: true };
  });
}

/** Takes the cover off: the event is drawn again from its format, date and title. */
export async function removeEventCover(db: Db, actor: Actor, eventId: string) {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event.coverAssetId) return { changed: false };
    await tx.update(events).set({ coverAssetId: null, coverAlt: null, updatedAt: new Date() }).where(eq(events.id, event.id));
    await dropAssetIfUnused(tx, event.coverAssetId);
    await recordAudit(tx, actor, { action: "event.cover_removed", entityType: "event", entityId: event.id, eventId: event.id, before: { coverAlt: event.coverAlt } });
    return { changed: true };
  });
}
