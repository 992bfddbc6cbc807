import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { assets, auditLog, events } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { actorOf } from "@/lib/recaps/recap-rows";
import { makePastEvent, makeStaff } from "@/lib/recaps/db-fixtures";
import { addRecapPhoto, removeRecapPhoto } from "@/lib/recaps/photo-mutations";
import { getAssetForServing } from "@/lib/recaps/queries";
import { assetAudience } from "@/lib/recaps/asset-headers";
import { getPublicEvent, listPastPublicEvents } from "./queries";
import { removeEventCover, saveEventCover } from "./cover-mutations";

const jpeg = async (width: number, height: number, colour = "#335577") =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer());

describe("an event's cover photo", () => {
  const t = useTestDatabase();
  const setUp = async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db, { title: `Cover ${Math.random()}`, attribution: "on_record" });
    return { actor: actorOf(editor), event };
  };
  const audienceOf = async (assetId: string) => {
    const found = (await getAssetForServing(t.db, assetId))!;
    return assetAudience({ version: null, publishedVersions: [], isLogo: found.isLogo, isPublicCover: found.isPublicCover });
  };

  it("is stored with its alt text, shown on the public page and in lists, and public exactly while the event is", async () => {
    const { actor, event } = await setUp();
    await saveEventCover(t.db, actor, { eventId: event.id, coverAlt: "Delegates at the long table" }, { bytes: await jpeg(1200, 800), fileName: "C:\\photos\\table.jpg" });
    const [row] = await t.db.select().from(events).where(eq(events.id, event.id));
    expect(row.coverAlt).toBe("Delegates at the long table");
    const [asset] = await t.db.select().from(assets).where(eq(assets.id, row.coverAssetId!));
    expect(asset).toMatchObject({ filename: "table.jpg", contentType: "image/jpeg", width: 1200, height: 800 });

    const page = await getPublicEvent(t.db, event.slug);
    expect(page?.cover).toMatchObject({ id: asset.id, width: 1200, height: 800 });
    const listed = (await listPastPublicEvents(t.db)).find((e) => e.id === event.id);
    expect(listed).toMatchObject({ coverAssetId: asset.id, coverAlt: "Delegates at the long table", coverWidth: 1200, coverHeight: 800 });

    expect(await audienceOf(asset.id)).toBe("public");
    // Back to draft, or internal: the cover is for signed-in staff only, at once.
    await t.db.update(events).set({ status: "draft" }).where(eq(events.id, event.id));
    expect(await audienceOf(asset.id)).toBe("staff");
    await t.db.update(events).set({ status: "scheduled", visibility: "internal" }).where(eq(events.id, event.id));
    expect(await audienceOf(asset.id)).toBe("staff");

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, event.id));
    expect(entry.action).toBe("event.cover_added");
  });

  it("refuses in words, by field, a photo too small, a panorama, a file that is no image, and a first save without a photo; storing nothing", async () => {
    const { actor, event } = await setUp();
    const words = { eventId: event.id, coverAlt: "A panel" };
    const count = async () => (await t.db.select({ id: assets.id }).from(assets)).length;
    const before = await count();
    await expect(saveEventCover(t.db, actor, words, { bytes: await jpeg(640, 400), fileName: "small.jpg" })).rejects.toMatchObject({
      field: "file",
      message: "The photo is 640 × 400 pixels; a cover needs at least 800 × 450. Use a larger copy of the photo.",
    });
    await expect(saveEventCover(t.db, actor, words, { bytes: await jpeg(2700, 800), fileName: "wide.jpg" })).rejects.toMatchObject({ field: "file", message: expect.stringContaining("a panorama") });
    await expect(saveEventCover(t.db, actor, words, { bytes: new TextEncoder().encode("<html>"), fileName: "cover.jpg" })).rejects.toMatchObject({
      field: "file",
      message: "“cover.jpg” is not a JPEG, PNG or WebP image.",
    });
    await expect(saveEventCover(t.db, actor, words, null)).rejects.toMatchObject({ field: "file", message: "Choose a photo for the cover." });
    expect(await count()).toBe(before);
    const [row] = await t.db.select().from(events).where(eq(events.id, event.id));
    expect(row.coverAssetId).toBeNull();
  });

  it("cannot be stored without alt text: the database refuses it too", async () => {
    const { actor, event } = await setUp();
    await saveEventCover(t.db, actor, { eventId: event.id, coverAlt: "A panel" }, { bytes: await jpeg(1000, 600), fileName: "a.jpg" });
    await expect(t.db.update(events).set({ coverAlt: "  " }).where(eq(events.id, event.id))).rejects.toThrow();
  });

  it("is replaced (the old photo's bytes go when nothing else uses them), its alt text corrected, and removed", async () => {
    const { actor, event } = await setUp();
    await saveEventCover(t.db, actor, { eventId: event.id, coverAlt: "First" }, { bytes: await jpeg(1000, 600, "#112233"), fileName: "first.jpg" });
    const first = (await t.db.select().from(events).where(eq(events.id, event.id)))[0].coverAssetId!;
    await saveEventCover(t.db, actor, { eventId: event.id, coverAlt: "Second" }, { bytes: await jpeg(1000, 600, "#445566"), fileName: "second.jpg" });
    const second = (await t.db.select().from(events).where(eq(events.id, event.id)))[0].coverAssetId!;
    expect(second).not.toBe(first);
    expect(await t.db.select().from(assets).where(eq(assets.id, first))).toHaveLength(0);

    expect(await saveEventCover(t.db, actor, { eventId: event.id, coverAlt: "Second, corrected" }, null)).toEqual({ changed: true });
    expect((await t.db.select().from(events).where(eq(events.id, event.id)))[0]).toMatchObject({ coverAssetId: second, coverAlt: "Second, corrected" });

    expect(await removeEventCover(t.db, actor, event.id)).toEqual({ changed: true });
    expect((await t.db.select().from(events).where(eq(events.id, event.id)))[0]).toMatchObject({ coverAssetId: null, coverAlt: null });
    expect(await t.db.select().from(assets).where(eq(assets.id, second))).toHaveLength(0);
    expect(await removeEventCover(t.db, actor, event.id)).toEqual({ changed: false });
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, event.id))).map((e) => e.action).sort();
    expect(actions).toEqual(["event.cover_added", "event.cover_changed", "event.cover_removed", "event.cover_replaced"]);
  });

  it("keeps its bytes when the same photo comes off a recap", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const { event } = await setUp();
    const bytes = await jpeg(1000, 600, "#778899");
    const photo = await addRecapPhoto(t.db, editor, { eventId: event.id, altText: "The panel", caption: null, isLead: true }, { bytes, fileName: "p.jpg" });
    await saveEventCover(t.db, actorOf(editor), { eventId: event.id, coverAlt: "The panel" }, { bytes, fileName: "p.jpg" });
    expect((await t.db.select().from(events).where(eq(events.id, event.id)))[0].coverAssetId).toBe(photo.assetId);
    await removeRecapPhoto(t.db, editor, photo.id);
    expect(await t.db.select({ id: assets.id }).from(assets).where(eq(assets.id, photo.assetId))).toHaveLength(1);
  });
});
