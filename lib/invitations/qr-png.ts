import { crc32, deflateSync } from "node:zlib";
import QRCode from "qrcode";

// A QR code is two colours on a grid, so its PNG is written here directly:
// one bit per pixel, rows unfiltered. qrcode's own PNG renderer draws RGBA
// pixels, tries every row filter and deflates at level 9, which cost about
// 5 ms of CPU per confirmation email, in the request of the guest who accepted.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * `text` as a QR code in a black-on-white PNG: `margin` modules of quiet zone
 * around it, each module `scale` pixels square (the same picture as qrcode's
 * `toBuffer(text, { type: "png", margin, scale })`).
 */
export function qrPng(text: string, { errorCorrectionLevel = "M", margin = 4, scale = 8 }: { errorCorrectionLevel?: "L" | "M" | "Q" | "H"; margin?: number; scale?: number } = {}): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  const size = (modules.size + 2 * margin) * scale;
  const rowBytes = 1 + Math.ceil(size / 8);
  // 1 is white in a 1-bit greyscale PNG: start all white (padding bits too), then clear the dark modules.
  // Each row of modules is drawn once and copied to the `scale` rows of pixels it covers
  // (drawing every pixel by asking for its module cost about half a millisecond an answer).
  const raw = Buffer.alloc(rowBytes * size, 0xff);
  for (let y = 0; y < size; y++) raw[y * rowBytes] = 0; // filter: none
  for (let my = 0; my < modules.size; my++) {
    const first = (margin + my) * scale * rowBytes;
    for (let mx = 0; mx < modules.size; mx++) {
      if (!modules.get(my, mx)) continue;
      for (let x = (margin + mx) * scale, end = x + scale; x < end; x++) raw[first + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
    for (let k = 1; k < scale; k++) raw.copy(raw, first + k * rowBytes, first, first + rowBytes);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
