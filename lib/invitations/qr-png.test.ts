import QRCode from "qrcode";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { qrPng } from "./qr-png";

const grey = (png: Buffer) => sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });

describe("qrPng", () => {
  it("draws the picture qrcode's own PNG renderer draws, pixel for pixel", async () => {
    for (const code of ["K7QW3MZP", "ABCD2345", "ZZZZ9999"]) {
      for (const scale of [6, 8]) {
        const theirs = await grey(await QRCode.toBuffer(code, { type: "png", errorCorrectionLevel: "M", margin: 4, scale }));
        const ours = await grey(qrPng(code, { errorCorrectionLevel: "M", margin: 4, scale }));
        expect([ours.info.width, ours.info.height]).toEqual([theirs.info.width, theirs.info.height]);
        expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
      }
    }
  });
});
