import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { pngSize, readIco } from "./ico";
import { ICO_SIZES, ICON_FILES, MARK, manifest, writeIcons } from "./icons";

const PUBLIC = path.join(process.cwd(), "public");
const made = fs.mkdtempSync(path.join(os.tmpdir(), "convene-icons-"));
afterAll(() => fs.rmSync(made, { recursive: true, force: true }));

describe("public/'s icons come from the one mark", () => {
  it("the generator makes every file, at the sizes it names", async () => {
    const files = await writeIcons(made);
    expect(files.sort()).toEqual([...Object.values(ICON_FILES).map((f) => f.file), "manifest.webmanifest"].sort());
    expect(fs.readFileSync(path.join(made, "favicon.svg"), "utf8")).toBe(fs.readFileSync(MARK, "utf8"));
    expect(readIco(fs.readFileSync(path.join(made, "favicon.ico"))).map((i) => i.size)).toEqual([...ICO_SIZES]);
    for (const image of readIco(fs.readFileSync(path.join(made, "favicon.ico")))) expect(pngSize(image.png)).toEqual({ width: image.size, height: image.size });
    for (const f of [ICON_FILES.apple, ICON_FILES.icon192, ICON_FILES.icon512, ICON_FILES.maskable]) {
      expect(pngSize(fs.readFileSync(path.join(made, f.file))), f.file).toEqual({ width: f.size, height: f.size });
    }
  });

  it("the apple-touch and maskable icons are opaque to the corners; the others keep the mark's rounded corners", async () => {
    const corner = async (file: string) => (await sharp(path.join(made, file)).ensureAlpha().extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer())[3];
    expect(await corner(ICON_FILES.apple.file)).toBe(255);
    expect(await corner(ICON_FILES.maskable.file)).toBe(255);
    expect(await corner(ICON_FILES.icon512.file)).toBe(0);
  });

  it("the committed public/ holds what the generator makes from the mark (run `npm run icons` after changing it)", () => {
    expect(fs.readFileSync(path.join(PUBLIC, "favicon.svg"), "utf8")).toBe(fs.readFileSync(MARK, "utf8"));
    expect(JSON.parse(fs.readFileSync(path.join(PUBLIC, "manifest.webmanifest"), "utf8"))).toEqual(manifest());
    for (const f of Object.values(ICON_FILES)) expect(fs.existsSync(path.join(PUBLIC, f.file)), f.file).toBe(true);
    // robots.txt is a route (app/robots.ts): a file here would shadow it.
    expect(fs.existsSync(path.join(PUBLIC, "robots.txt"))).toBe(false);
  });

  it("the manifest names Convene, opens at /, and lists only icons that exist, at their real sizes", () => {
    const m = manifest() as { name: string; short_name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
    expect(m).toMatchObject({ name: "Convene", short_name: "Convene", start_url: "/", display: "standalone", theme_color: "#14213d" });
    for (const icon of m.icons) {
      const file = path.join(PUBLIC, icon.src);
      expect(fs.existsSync(file), icon.src).toBe(true);
      if (icon.sizes !== "any") {
        const { width, height } = pngSize(fs.readFileSync(file));
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    }
  });
});
