import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { DEMO, staffContext } from "./auth";
import { expect, expectAccessible, test } from "./fixtures";
import { readPdf } from "./pdf-text";

// At the door with a tablet's camera: a guest holds up the badge printed for
// them, the camera reads its QR code, and they are marked arrived. The camera
// is Chromium's fake device, playing a video of that badge's QR code made here.

const DINNER = /United Nations Peace Operations and Partnerships/;
const W = 640;
const H = 480;

/** A still video (YUV 4:2:0, as Chromium's fake camera plays it) of the QR code of `text`, black on white. */
function qrVideo(text: string, file: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const scale = Math.floor((H - 80) / (n + 8));
  const side = (n + 8) * scale;
  const left = Math.floor((W - side) / 2);
  const top = Math.floor((H - side) / 2);
  const y = Buffer.alloc(W * H, 235);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) y.fill(16, (top + (row + 4) * scale + dy) * W + left + (col + 4) * scale, (top + (row + 4) * scale + dy) * W + left + (col + 5) * scale);
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
}

async function eventAddress(page: Page): Promise<string> {
  await page.goto("/staff/events?filter=upcoming");
  const href = await page.getByRole("link", { name: DINNER }).first().getAttribute("href");
  expect(href).toMatch(/^\/staff\/events\/[0-9a-f-]{36}$/);
  return href!;
}

test("scan a badge at the door: the guest printed on it is marked arrived", async ({ staffPage }, testInfo) => {
  const staff = await staffPage(DEMO.editor);
  const event = await eventAddress(staff);

  // The badge as printed: its check-in code under the guest's name.
  const badges = await staff.request.get(`${event}/print/badges`);
  expect(badges.status()).toBe(200);
  const { text } = await readPdf(await badges.body());
  const after = text.slice(text.indexOf("Mr. Achim Steiner"));
  const code = after.match(/\b([2-9A-HJKMNP-TW-Z]{4})-([2-9A-HJKMNP-TW-Z]{4})\b/);
  expect(code, "Steiner's badge carries a check-in code").not.toBeNull();

  const video = path.join(testInfo.outputDir, "badge.y4m");
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  qrVideo(code![1] + code![2], video);

  // A browser of its own, whose camera plays the badge.
  const launch = testInfo.project.use.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await staffContext(browser, DEMO.editor, { baseURL: testInfo.project.use.baseURL, viewport: { width: 768, height: 1024 }, permissions: ["camera"] });
    const door = await context.newPage();
    await door.goto(`${event}/check-in`);
    await expect(door.locator("html[data-hydrated]")).toBeAttached();
    await door.getByRole("button", { name: "Scan a badge" }).click();
    await expect(door.getByRole("status").filter({ hasText: "Mr. Achim Steiner marked arrived." })).toBeVisible();
    await door.getByRole("searchbox", { name: "Find a guest" }).fill("steiner");
    await expect(door.getByRole("button", { name: "Undo arrival of Mr. Achim Steiner" })).toBeVisible();
    if (process.env.PRINT_SHOTS) {
      for (const width of [390, 768, 1280]) {
        await door.setViewportSize({ width, height: 1000 });
        await door.screenshot({ path: `${process.env.PRINT_SHOTS}/door-scanner-${width}.png`, fullPage: true });
      }
    }

    // The same badge again: still one arrival. A code typed by hand that no guest has: said so.
    await door.getByRole("textbox", { name: "Or type the code under the QR" }).fill("ZZZZ-ZZZZ");
    await door.getByRole("button", { name: "Check in", exact: true }).click();
    await expect(door.getByRole("status").filter({ hasText: "No guest of this event has the code ZZZZ-ZZZZ" })).toBeVisible();
    await door.getByRole("textbox", { name: "Or type the code under the QR" }).fill(`${code![1]}-${code![2]}`);
    await door.getByRole("button", { name: "Check in", exact: true }).click();
    await expect(door.getByRole("status").filter({ hasText: "Mr. Achim Steiner had already arrived." })).toBeVisible();
    // Its own browser closes with the test: axe reads the door with the scanner open now.
    await expectAccessible(door);
    await door.getByRole("button", { name: "Stop scanning" }).click();
    await context.close();
  } finally {
    await browser.close();
  }
});
