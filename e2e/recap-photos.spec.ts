import type { APIRequestContext, Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO } from "./auth";
import { expect, expectAccessible, test } from "./fixtures";

// A recap's photos leave Convene only through its own photo route, which asks
// the database on every request. Published, every address the public page
// uses answers; unpublished, or the photo removed, every one of them is a
// 404 at once, and the shared image optimizer serves none of them.

const FORUM = "People Power and Preventing Violent Extremism: What is Working?";
const NOT_A_PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from("<html><body><script>alert('not a photo')</script></body></html>")]);

/** Every photo address on the page: each <img>'s src and each candidate of its srcset, as the browser may fetch them. */
async function photoAddresses(scope: Page | Locator): Promise<string[]> {
  const all = await scope.locator("img").evaluateAll((imgs) =>
    imgs.flatMap((img) => [img.getAttribute("src") ?? "", ...(img.getAttribute("srcset") ?? "").split(",").map((c) => c.trim().split(/\s+/)[0])]),
  );
  return [...new Set(all.filter((a) => a.startsWith("/assets/")))].sort();
}

/** The status of each address, fetched as `who` (no cache in between). */
async function statuses(who: APIRequestContext, addresses: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const address of addresses) out[address] = (await who.get(address, { maxRedirects: 0 })).status();
  return out;
}

const all = (addresses: readonly string[], status: number) => Object.fromEntries(addresses.map((a) => [a, status]));
const assetIdOf = (address: string) => address.match(/^\/assets\/([0-9a-f-]{36})/)![1];

async function camera(): Promise<Buffer> {
  // A photo as a phone writes it: 1600 × 1000, with the camera and the place it was taken in EXIF.
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "Dinnercam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 3/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 43/1 7/1" } })
    .toBuffer();
}

/** Screenshots at desktop and phone width when E2E_SCREENSHOTS is set, to look at the pages by eye. */
async function look(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const size = page.viewportSize();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

test.describe("recap photos", () => {
  test("a bad file is refused in words; published photos answer at every address the page uses, and unpublishing or removing one makes each a 404 at once", async ({ staffPage, page, request }) => {
    // Many photo addresses are fetched one by one, each resized once: generous on a busy two-core machine.
    test.setTimeout(360_000);
    const editor = await staffPage(DEMO.editor);
    await editor.goto("/staff");
    await editor.getByRole("region", { name: "Events awaiting a recap" }).getByRole("link", { name: FORUM }).click();
    await expect(editor.getByRole("heading", { level: 1, name: FORUM })).toBeVisible();
    const recapAddress = editor.url();
    const text = editor.getByRole("textbox", { name: "Text", exact: true });
    await text.fill("Speakers from the grass roots described how local organizations counter the influence of violent groups.");
    await expect(editor.getByRole("status").filter({ hasText: /^Saved \d{1,2}(:\d\d)? [ap]m$/ })).toBeVisible();

    // A file that starts like a JPEG and is a web page: refused next to the field, the words kept.
    const upload = editor.getByRole("form", { name: "Add a photo" });
    const file = upload.locator('input[type="file"]');
    await file.setInputFiles({ name: "not-a-photo.jpg", mimeType: "image/jpeg", buffer: NOT_A_PHOTO });
    await upload.getByRole("textbox", { name: /Alt text/ }).fill("The panel on stage");
    await upload.getByRole("button", { name: "Upload photo" }).click();
    await expect(upload.getByText("“not-a-photo.jpg” starts like a JPEG image but cannot be read as one", { exact: false })).toBeVisible();
    await expect(upload.getByRole("textbox", { name: /Alt text/ })).toHaveValue("The panel on stage");
    await expectAccessible(editor);

    // Two real photos: a phone's JPEG with its location, and a PNG.
    const photos = editor.getByRole("list", { name: "Photos in order" });
    await file.setInputFiles({ name: "panel.jpg", mimeType: "image/jpeg", buffer: await camera() });
    await upload.getByRole("button", { name: "Upload photo" }).click();
    await expect(photos.getByRole("img", { name: "The panel on stage" })).toBeVisible();
    await file.setInputFiles("e2e/files/roundtable.png");
    await upload.getByRole("textbox", { name: /Alt text/ }).fill("Participants in conversation after the forum");
    await upload.getByRole("button", { name: "Upload photo" }).click();
    await expect(photos.getByRole("img", { name: "Participants in conversation after the forum" })).toBeVisible();
    await expect(photos.getByRole("listitem")).toHaveCount(2);

    // The draft's photos: the editor sees them; nobody else does.
    const previews = await photoAddresses(editor);
    await look(editor, "editor-photos");
    expect(previews.length).toBeGreaterThanOrEqual(2);
    expect(await statuses(editor.request, previews)).toEqual(all(previews, 200));
    expect(await statuses(request, previews)).toEqual(all(previews, 404));
    const preview = await editor.request.get(previews[0]);
    expect(preview.headers()["cache-control"]).toBe("private, no-cache");
    // What is stored has no EXIF: the location never left the upload.
    const stored = await editor.request.get(`/assets/${assetIdOf(previews.find((a) => a.includes("/assets/"))!)}`);
    expect(stored.status()).toBe(200);
    const storedBytes = await stored.body();
    expect(storedBytes.includes(Buffer.from("Exif"))).toBe(false);
    expect(storedBytes.includes(Buffer.from("Dinnercam"))).toBe(false);

    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByText("In review", { exact: true })).toBeVisible();

    // Someone else publishes.
    const admin = await staffPage(DEMO.admin);
    await admin.goto(recapAddress);
    const publish = async () => {
      await admin.getByRole("button", { name: "Publish", exact: true }).click();
      await expect(admin.getByText("Published", { exact: true })).toBeVisible();
    };
    await publish();
    const publicAddress = (await admin.getByRole("link", { name: "View public page" }).getAttribute("href"))!;

    // The public page: every photo address it uses answers, to anyone, and the photos show.
    await page.goto(publicAddress);
    const lead = page.getByRole("img", { name: "The panel on stage" });
    await expect(lead).toBeVisible();
    expect(await lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const published = await photoAddresses(page);
    await look(page, "public-recap");
    // Both photos, at each width the route renders up to their own (1600 and 480 pixels wide).
    expect(published.length).toBeGreaterThanOrEqual(10);
    for (const address of published) expect(address).toMatch(/^\/assets\/[0-9a-f-]{36}\/\d+\?v=[0-9a-z]+$/);
    // The social card and the feed carry the lead photo under the same publication.
    const pathOf = (url: string) => {
      const u = new URL(url, "http://localhost");
      return `${u.pathname}${u.search}`;
    };
    const ogImage = pathOf((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    const leadId = assetIdOf(ogImage);
    const feed = await (await request.get("/feed.xml")).text();
    const enclosure = pathOf(feed.match(new RegExp(`<enclosure url="([^"]+/assets/${leadId}\\?v=[0-9a-z]+)"`))![1]);
    const everywhere = [...published, ogImage, enclosure];
    expect(await statuses(request, everywhere)).toEqual(all(everywhere, 200));
    const answer = await request.get(published[0]);
    expect(answer.headers()["content-type"]).toBe("image/webp");
    expect(answer.headers()["cache-control"]).toBe("public, no-cache");
    expect(answer.headers()["x-nextjs-cache"]).toBeUndefined();
    expect((await request.get(published[0], { headers: { "If-None-Match": answer.headers()["etag"] } })).status()).toBe(304);
    // The archive's thumbnail comes from the same route.
    await page.goto(`/events?q=${encodeURIComponent("People Power")}`);
    // This recap's row: the search also finds another recap, with its own lead photo.
    const thumbnails = await photoAddresses(page.locator("article").filter({ hasText: FORUM }));
    expect(thumbnails.length).toBeGreaterThan(0);
    expect(await statuses(request, thumbnails)).toEqual(all(thumbnails, 200));

    // The shared image optimizer serves none of them.
    const ids = [...new Set(published.map(assetIdOf))];
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      for (const url of [`/assets/${id}`, published.find((a) => a.includes(id))!]) {
        const optimized = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
        expect(optimized.status(), `/_next/image?url=${url}`).toBe(400);
      }
    }

    // Unpublished: every address is a 404 at once, to the public and to staff alike.
    await admin.getByRole("button", { name: "Unpublish" }).click();
    await admin.getByRole("alertdialog", { name: "Take this recap off the public page?" }).getByRole("button", { name: "Unpublish" }).click();
    await expect(admin.getByText("Draft", { exact: true })).toBeVisible();
    const withdrawn = [...everywhere, ...thumbnails];
    expect(await statuses(request, withdrawn)).toEqual(all(withdrawn, 404));
    expect(await statuses(admin.request, withdrawn)).toEqual(all(withdrawn, 404));

    // The editor takes one photo off and sends it for review again; published anew, the page has new addresses.
    // Photo 1, the phone's JPEG: the PNG is also on another event's recap (e2e/hardening.spec.ts), so staff may still see it there.
    await editor.goto(recapAddress);
    await photos.getByRole("button", { name: "Remove photo 1" }).click();
    await editor.getByRole("alertdialog", { name: "Remove photo 1?" }).getByRole("button", { name: "Remove photo" }).click();
    await expect(photos.getByRole("listitem")).toHaveCount(1);
    const remaining = await photoAddresses(editor);
    const gone = previews.filter((a) => !remaining.some((r) => assetIdOf(r) === assetIdOf(a)));
    expect(gone.length).toBeGreaterThan(0);
    // The removed photo is gone for staff too, at once.
    expect(await statuses(editor.request, gone)).toEqual(all(gone, 404));
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByText("In review", { exact: true })).toBeVisible();
    await admin.reload();
    await publish();

    await page.goto(publicAddress);
    const republished = await photoAddresses(page);
    expect(republished.some((a) => withdrawn.includes(a))).toBe(false);
    expect(await statuses(request, republished)).toEqual(all(republished, 200));
    // Addresses of the earlier publication never come back, nor does the removed photo under any of them.
    expect(await statuses(request, withdrawn)).toEqual(all(withdrawn, 404));
    const removed = [...new Set(gone.map(assetIdOf))];
    expect(republished.some((a) => removed.includes(assetIdOf(a)))).toBe(false);
  });
});
