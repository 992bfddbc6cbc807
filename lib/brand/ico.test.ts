import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { pngSize, readIco, writeIco } from "./ico";

const png = (size: number) => sharp({ create: { width: size, height: size, channels: 4, background: "#14213d" } }).png().toBuffer();

describe("the .ico container", () => {
  it("holds each PNG whole, with a directory that names its size, and reads back", async () => {
    const images = await Promise.all([16, 32, 48, 256].map(async (size) => ({ size, png: new Uint8Array(await png(size)) })));
    const ico = writeIco(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 4]);
    // 256 px is written as 0, as the format says.
    expect(ico[6 + 16 * 3]).toBe(0);
    expect(view.getUint16(6 + 6, true)).toBe(32);
    const back = readIco(ico);
    expect(back.map((i) => i.size)).toEqual([16, 32, 48, 256]);
    back.forEach((image, i) => {
      expect(Buffer.from(image.png).equals(Buffer.from(images[i].png))).toBe(true);
      expect(pngSize(image.png)).toEqual({ width: image.size, height: image.size });
    });
    expect(ico.byteLength).toBe(6 + 16 * 4 + images.reduce((n, i) => n + i.png.byteLength, 0));
  });

  it("refuses what would make a broken icon", async () => {
    const p16 = new Uint8Array(await png(16));
    const p300 = new Uint8Array(await png(300));
    expect(() => writeIco([])).toThrow(/at least one/);
    expect(() => writeIco([{ size: 300, png: p300 }])).toThrow(/1 to 256 px/);
    expect(() => writeIco([{ size: 32, png: p16 }])).toThrow(/is 16x16/);
    expect(() => writeIco([{ size: 16, png: p16 }, { size: 16, png: p16 }])).toThrow(/Two images/);
    expect(() => writeIco([{ size: 16, png: new Uint8Array([1, 2, 3]) }])).toThrow(/Not a PNG/);
    expect(() => readIco(new Uint8Array([0, 0, 2, 0, 1, 0]))).toThrow(/Not an icon/);
    expect(() => readIco(new Uint8Array([0, 0, 1, 0, 3, 0]))).toThrow(/cut short/);
  });
});
