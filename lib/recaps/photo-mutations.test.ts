import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { assets, auditLog, events, recaps } from "@/db/schema";
import sharp from "sharp";
import { useTestDatabase } from "@/lib/test/db";
import { makePastEvent, makeStaff, pngOf } from "./db-fixtures";
import { MAX_RECAP_IMAGE_BYTES } from "./image-limits";
import { addRecapPhoto, moveRecapPhoto, removeRecapPhoto, setLeadRecapPhoto, updateRecapPhoto } from "./photo-mutations";
import { unpublishRecap } from "./workflow-mutations";
import { getAssetData, getAssetForServing, getRecapForEditor } from "./queries";

describe("recap photos", () => {
  const t = useTestDatabase();
  const words = (eventId: string, over: Partial<{ altText: string; caption: string | null; isLead: boolean }> = {}) => ({
    eventId,
    altText: "Participants around the roundtable",
    caption: "The roundtable in session",
    isLead: false,
    ...over,
  });

  it("stores a PNG named .jpg as a PNG, with its size, and leads with the first photo", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const photo = await addRecapPhoto(t.db, editor, words(event.id), { bytes: pngOf(0x123456), fileName: "C:\\Users\\me\\roundtable.jpg", declaredType: "image/jpeg" });
    expect(photo.isLead).toBe(true);
    const served = await getAssetForServing(t.db, photo.assetId);
    const data = await getAssetData(t.db, photo.assetId);
    expect(served?.asset).toMatchObject({ contentType: "image/png", width: 1, height: 1, filename: "roundtable.jpg", byteSize: data!.length });
    expect(served?.asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    // What is stored is the decoded picture encoded again: the same pixel.
    const { data: pixel } = await sharp(data!).raw().toBuffer({ resolveWithObject: true });
    expect([...pixel]).toEqual([0x12, 0x34, 0x56]);
    // A draft's photo is for staff only: no publication makes it public.
    expect(served?.publications).toEqual([]);
    expect(served?.isLogo).toBe(false);
  });

  it("stores a photo taken at a private dinner without the place it was taken", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const located = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#335577" } })
      .jpeg()
      .withExif({ IFD0: { Make: "Dinnercam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 3/1" } })
      .toBuffer();
    expect((await sharp(located).metadata()).exif).toBeDefined();
    const photo = await addRecapPhoto(t.db, editor, words(event.id), { bytes: new Uint8Array(located), fileName: "dinner.jpg" });
    const stored = (await getAssetData(t.db, photo.assetId))!;
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(Buffer.from(stored).includes(Buffer.from("Dinnercam"))).toBe(false);
  });

  it("refuses a text file named .jpg, a web page behind a JPEG signature and a file over 5 MB, by field, storing nothing", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const before = (await t.db.select({ id: assets.id }).from(assets)).length;
    await expect(addRecapPhoto(t.db, editor, words(event.id), { bytes: new TextEncoder().encode("not a photo"), fileName: "photo.jpg" })).rejects.toMatchObject({
      field: "file",
      message: "“photo.jpg” is not a JPEG, PNG or WebP image.",
    });
    await expect(
      addRecapPhoto(t.db, editor, words(event.id), { bytes: Uint8Array.from([0xff, 0xd8, 0xff, ...new TextEncoder().encode("<html><script>alert(1)</script>")]), fileName: "photo.jpg" }),
    ).rejects.toMatchObject({ field: "file", message: expect.stringContaining("cannot be read as one") });
    const big = new Uint8Array(MAX_RECAP_IMAGE_BYTES + 1);
    big.set(pngOf(2));
    await expect(addRecapPhoto(t.db, editor, words(event.id), { bytes: big, fileName: "big.png" })).rejects.toMatchObject({
      field: "file",
      message: "The photo is 5.1 MB; photos can be at most 5 MB.",
    });
    expect((await t.db.select({ id: assets.id }).from(assets)).length).toBe(before);
    expect(await getRecapForEditor(t.db, event.id)).toBeNull();
  });

  it("keeps one lead, reorders, edits words, and hands the lead on when it is removed", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const a = await addRecapPhoto(t.db, editor, words(event.id, { altText: "A" }), { bytes: pngOf(10), fileName: "a.png" });
    const b = await addRecapPhoto(t.db, editor, words(event.id, { altText: "B", isLead: true }), { bytes: pngOf(11), fileName: "b.png" });
    const c = await addRecapPhoto(t.db, editor, words(event.id, { altText: "C" }), { bytes: pngOf(12), fileName: "c.png" });
    const leads = async () => (await getRecapForEditor(t.db, event.id))!.photos.filter((p) => p.isLead).map((p) => p.altText);
    expect(await leads()).toEqual(["B"]);
    await setLeadRecapPhoto(t.db, editor, c.id);
    expect(await leads()).toEqual(["C"]);
    await moveRecapPhoto(t.db, editor, c.id, "up");
    await updateRecapPhoto(t.db, editor, { photoId: a.id, altText: "Three people at a table", caption: "From left: the panel" });
    let photos = (await getRecapForEditor(t.db, event.id))!.photos;
    expect(photos.map((p) => p.altText)).toEqual(["Three people at a table", "C", "B"]);
    expect(photos[0].caption).toBe("From left: the panel");
    await removeRecapPhoto(t.db, editor, c.id);
    photos = (await getRecapForEditor(t.db, event.id))!.photos;
    expect(photos.map((p) => [p.altText, p.isLead])).toEqual([
      ["Three people at a table", true],
      ["B", false],
    ]);
    // Its bytes went with it; the others' stay.
    expect(await getAssetForServing(t.db, c.assetId)).toBeNull();
    expect(await getAssetForServing(t.db, b.assetId)).not.toBeNull();
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, event.id))).map((r) => r.action);
    expect(actions.filter((a) => a.startsWith("recap.photo"))).toEqual(["recap.photo_added", "recap.photo_added", "recap.photo_added", "recap.photo_lead", "recap.photo_moved", "recap.photo_changed", "recap.photo_removed"]);
  });

  it("stores the same bytes once, refuses them twice on one recap, and keeps shared bytes when one use goes", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const one = await makePastEvent(t.db);
    const two = await makePastEvent(t.db);
    const first = await addRecapPhoto(t.db, editor, words(one.id), { bytes: pngOf(20), fileName: "x.png" });
    await expect(addRecapPhoto(t.db, editor, words(one.id), { bytes: pngOf(20), fileName: "x-again.png" })).rejects.toThrow(/already on the recap/);
    const second = await addRecapPhoto(t.db, editor, words(two.id), { bytes: pngOf(20), fileName: "x.png" });
    expect(second.assetId).toBe(first.assetId);
    await removeRecapPhoto(t.db, editor, first.id);
    expect(await getAssetForServing(t.db, first.assetId)).not.toBeNull();
  });

  it("serves a published recap's photo to everyone, under that publication only", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const photo = await addRecapPhoto(t.db, editor, words(event.id), { bytes: pngOf(30), fileName: "p.png" });
    const publishedAt = new Date("2026-03-01T10:00:00.123Z");
    await t.db.update(recaps).set({ status: "published", publishedAt }).where(eq(recaps.eventId, event.id));
    expect((await getAssetForServing(t.db, photo.assetId))?.publications).toEqual([publishedAt]);
    await expect(removeRecapPhoto(t.db, editor, photo.id)).rejects.toThrow(/published/);

    // Unpublished: no publication is left, so every versioned address is gone.
    const admin = await makeStaff(t.db, "admin", "Avery");
    await unpublishRecap(t.db, admin, event.id, "Photo consent withdrawn");
    expect((await getAssetForServing(t.db, photo.assetId))?.publications).toEqual([]);

    // Published again, then its event moved back to draft or made internal: gone as well.
    await t.db.update(recaps).set({ status: "published", publishedAt }).where(eq(recaps.eventId, event.id));
    await t.db.update(events).set({ status: "draft" }).where(eq(events.id, event.id));
    expect((await getAssetForServing(t.db, photo.assetId))?.publications).toEqual([]);
    await t.db.update(events).set({ status: "scheduled", visibility: "internal" }).where(eq(events.id, event.id));
    expect((await getAssetForServing(t.db, photo.assetId))?.publications).toEqual([]);
  });
});
