import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// public/: the icons and the manifest made from Convene's mark
// (lib/brand/, `npm run icons`), as the production server serves them, and
// as the pages name them. robots.txt stays a route (app/robots.ts).

const FILES: Record<string, RegExp> = {
  "/favicon.svg": /^image\/svg\+xml/,
  "/favicon.ico": /^image\/(x-icon|vnd\.microsoft\.icon)/,
  "/apple-touch-icon.png": /^image\/png/,
  "/icon-192.png": /^image\/png/,
  "/icon-512.png": /^image\/png/,
  "/icon-maskable-512.png": /^image\/png/,
  "/manifest.webmanifest": /^application\/manifest\+json/,
};

const pngSize = (b: Buffer) => `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;

test("the icons and the manifest are served, with their types, and the manifest's icons exist at their sizes", async ({ request }) => {
  for (const [file, type] of Object.entries(FILES)) {
    const r = await request.get(file);
    expect(r.status(), file).toBe(200);
    expect(r.headers()["content-type"], file).toMatch(type);
    expect(Buffer.compare(await r.body(), fs.readFileSync(path.join("public", file))), `${file} is the committed file`).toBe(0);
  }
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ name: "Convene", short_name: "Convene", start_url: "/", display: "standalone" });
  for (const icon of manifest.icons) {
    const r = await request.get(icon.src);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()["content-type"], icon.src).toBe(icon.type);
    if (icon.sizes !== "any") expect(pngSize(await r.body()), icon.src).toBe(icon.sizes);
  }
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Sitemap:");
});

test("every page names the favicon, the touch icon, the manifest and the theme colour", async ({ request }) => {
  for (const pathname of ["/", "/sign-in"]) {
    const html = await (await request.get(pathname)).text();
    expect(html, pathname).toMatch(/<link rel="icon" href="\/favicon\.ico"/);
    expect(html, pathname).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/);
    expect(html, pathname).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/);
    expect(html, pathname).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    expect(html, pathname).toContain('<meta name="theme-color" content="#14213d"/>');
  }
});

test("the mark at the sizes people see it: a tab, a bookmark, a home screen", async ({ page }, testInfo) => {
  // A sheet of the served files, for a person to look at (attached to the report).
  await page.goto("/sign-in");
  await page.setContent(`<!doctype html><html lang="en"><head><title>Convene's icons</title></head><body style="margin:0;padding:24px;display:flex;flex-wrap:wrap;gap:24px;align-items:flex-end;background:#fff;font:14px system-ui">
    <figure><img src="/favicon.ico" width="16" height="16" alt="favicon.ico at 16 px"><figcaption>16</figcaption></figure>
    <figure><img src="/favicon.svg" width="16" height="16" alt="favicon.svg at 16 px"><figcaption>svg 16</figcaption></figure>
    <figure><img src="/favicon.ico" width="32" height="32" alt="favicon.ico at 32 px"><figcaption>32</figcaption></figure>
    <figure><img src="/apple-touch-icon.png" width="180" height="180" alt="apple-touch-icon at 180 px"><figcaption>180</figcaption></figure>
    <figure style="background:#222;padding:8px"><img src="/icon-192.png" width="96" height="96" alt="icon-192 on a dark ground"><figcaption style="color:#fff">192 on dark</figcaption></figure>
  </body></html>`);
  await expect(async () => {
    const loaded = await page.locator("img").evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
    expect(loaded).toBe(true);
  }).toPass({ timeout: 10_000 });
  const file = testInfo.outputPath("icons.png");
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach("icons", { path: file, contentType: "image/png" });
});
