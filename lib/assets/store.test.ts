import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { assets } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { findOrStoreAsset, storedFileName, toStoredImage } from "./store";

describe("keeping an uploaded image", () => {
  const t = useTestDatabase();

  it("names it by the upload's last path segment, printable and at most 200 characters, or by the fallback", () => {
    expect(storedFileName("C:\\Users\\amina\\Desktop\\forum.jpg", "photo")).toBe("forum.jpg");
    expect(storedFileName("../../etc/\"logo\u0007\".png", "logo")).toBe("logo.png");
    expect(storedFileName("  /\u0001\u0002 ", "cover")).toBe("cover");
    expect(storedFileName(`${"a".repeat(300)}.png`, "photo")).toHaveLength(200);
  });

  it("keeps the same pixels once: a second upload under another name finds the first asset", async () => {
    const image = toStoredImage({ bytes: new Uint8Array([1, 2, 3, Math.floor(Math.random() * 255)]), contentType: "image/png", width: 1, height: 1 });
    const first = await findOrStoreAsset(t.db, image, { fileName: "dinner.png", fallback: "photo" }, null);
    const again = await findOrStoreAsset(t.db, image, { fileName: "copy of dinner.png", fallback: "photo" }, null);
    expect(first.existed).toBe(false);
    expect(again).toEqual({ id: first.id, existed: true });
    const kept = await t.db.select({ filename: assets.filename, sha256: assets.sha256 }).from(assets).where(eq(assets.sha256, image.sha256));
    expect(kept).toEqual([{ filename: "dinner.png", sha256: image.sha256 }]);
  });
});
