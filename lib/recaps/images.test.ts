import { describe, expect, it } from "vitest";
import { MAX_RECAP_IMAGE_BYTES, checkRecapImage, imageDimensions, sniffImageType } from "./images";

// Tiny files built byte by byte: just the headers a real encoder writes.
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number) => [(n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

function png(width: number, height: number) {
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), "IHDR", be32(width), be32(height), [8, 2, 0, 0, 0], [0, 0, 0, 0]);
}

function jpeg(width: number, height: number, sof = 0xc0) {
  return bytes(
    [0xff, 0xd8],
    [0xff, 0xe0], be16(16), "JFIF", [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], // APP0
    [0xff, 0xdb], be16(4), [0, 0], // a (truncated) quantization table
    [0xff, 0xff], // a fill byte
    [0xff, sof], be16(17), [8], be16(height), be16(width), [3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1],
    [0xff, 0xda], be16(2),
  );
}

function webpLossy(width: number, height: number) {
  return bytes("RIFF", le32(30), "WEBP", "VP8 ", le32(18), [0x30, 0x01, 0x00], [0x9d, 0x01, 0x2a], le16(width), le16(height), [0, 0, 0, 0]);
}

function webpLossless(width: number, height: number) {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  return bytes("RIFF", le32(26), "WEBP", "VP8L", le32(10), [0x2f], le32(bits), [0, 0, 0, 0, 0, 0]);
}

function webpExtended(width: number, height: number) {
  return bytes("RIFF", le32(30), "WEBP", "VP8X", le32(10), [0x10, 0, 0, 0], le24(width - 1), le24(height - 1), [0, 0, 0, 0]);
}

describe("sniffing an image's type from its bytes", () => {
  it("knows JPEG, PNG and WebP by their signatures", () => {
    expect(sniffImageType(jpeg(10, 10))).toBe("image/jpeg");
    expect(sniffImageType(png(10, 10))).toBe("image/png");
    expect(sniffImageType(webpLossy(10, 10))).toBe("image/webp");
  });

  it("knows nothing else", () => {
    expect(sniffImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull();
    expect(sniffImageType(bytes("RIFF", le32(4), "WAVE"))).toBeNull();
    expect(sniffImageType(bytes("%PDF-1.7"))).toBeNull();
    expect(sniffImageType(bytes("Not a photo at all\n"))).toBeNull();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("reading dimensions from the headers", () => {
  it("reads PNG's IHDR", () => {
    expect(imageDimensions(png(1280, 853), "image/png")).toEqual({ width: 1280, height: 853 });
  });

  it("reads a JPEG frame header past other segments and fill bytes, baseline or progressive", () => {
    expect(imageDimensions(jpeg(1024, 683), "image/jpeg")).toEqual({ width: 1024, height: 683 });
    expect(imageDimensions(jpeg(640, 480, 0xc2), "image/jpeg")).toEqual({ width: 640, height: 480 });
  });

  it("does not mistake a Huffman table (C4) for a frame header", () => {
    expect(imageDimensions(jpeg(640, 480, 0xc4), "image/jpeg")).toBeNull();
  });

  it("reads WebP, lossy, lossless and extended", () => {
    expect(imageDimensions(webpLossy(800, 600), "image/webp")).toEqual({ width: 800, height: 600 });
    expect(imageDimensions(webpLossless(300, 7), "image/webp")).toEqual({ width: 300, height: 7 });
    expect(imageDimensions(webpExtended(4000, 3000), "image/webp")).toEqual({ width: 4000, height: 3000 });
  });

  it("gives up quietly on truncated headers", () => {
    expect(imageDimensions(png(10, 10).slice(0, 20), "image/png")).toBeNull();
    expect(imageDimensions(jpeg(10, 10).slice(0, 30), "image/jpeg")).toBeNull();
    expect(imageDimensions(webpLossy(10, 10).slice(0, 20), "image/webp")).toBeNull();
  });
});

describe("checking a recap photo", () => {
  it("accepts a PNG renamed .jpg, as a PNG", () => {
    expect(checkRecapImage({ bytes: png(1200, 800), fileName: "symposium.jpg", declaredType: "image/jpeg" })).toEqual({
      ok: true,
      contentType: "image/png",
      width: 1200,
      height: 800,
    });
  });

  it("accepts each allowed type with its size", () => {
    expect(checkRecapImage({ bytes: jpeg(1024, 683), fileName: "a.jpeg" })).toEqual({ ok: true, contentType: "image/jpeg", width: 1024, height: 683 });
    expect(checkRecapImage({ bytes: webpLossy(800, 600), fileName: "a.webp" })).toEqual({ ok: true, contentType: "image/webp", width: 800, height: 600 });
  });

  it("accepts a real image whose size it cannot read, without a size", () => {
    expect(checkRecapImage({ bytes: jpeg(10, 10).slice(0, 30), fileName: "odd.jpg" })).toEqual({ ok: true, contentType: "image/jpeg" });
  });

  it("refuses a text file named .jpg, whatever the browser declared", () => {
    expect(checkRecapImage({ bytes: bytes("Speaker notes: thank the minister.\n"), fileName: "notes.jpg", declaredType: "image/jpeg" })).toEqual({
      ok: false,
      message: "“notes.jpg” is not a JPEG, PNG or WebP image.",
    });
  });

  it("refuses a GIF", () => {
    expect(checkRecapImage({ bytes: bytes("GIF89a", [1, 0, 1, 0]), fileName: "animated.gif" })).toEqual({
      ok: false,
      message: "“animated.gif” is not a JPEG, PNG or WebP image.",
    });
  });

  it("refuses a photo over 5 MB, saying how large it is", () => {
    const big = new Uint8Array(6_500_000);
    big.set(png(4000, 3000));
    expect(checkRecapImage({ bytes: big, fileName: "huge.png" })).toEqual({ ok: false, message: "The photo is 6.2 MB; photos can be at most 5 MB." });
  });

  it("takes exactly 5 MB, and rounds a byte more up so the message never reads 5.0", () => {
    const limit = new Uint8Array(MAX_RECAP_IMAGE_BYTES);
    limit.set(jpeg(100, 100));
    expect(checkRecapImage({ bytes: limit, fileName: "limit.jpg" }).ok).toBe(true);
    const over = new Uint8Array(MAX_RECAP_IMAGE_BYTES + 1);
    over.set(jpeg(100, 100));
    expect(checkRecapImage({ bytes: over, fileName: "over.jpg" })).toEqual({ ok: false, message: "The photo is 5.1 MB; photos can be at most 5 MB." });
  });

  it("refuses an empty file", () => {
    expect(checkRecapImage({ bytes: new Uint8Array(), fileName: "photo.jpg" })).toEqual({ ok: false, message: "“photo.jpg” is empty. Choose the photo again." });
  });

  it("refuses an image too large in pixels to resize safely", () => {
    expect(checkRecapImage({ bytes: png(20_000, 20_000), fileName: "bomb.png" })).toEqual({
      ok: false,
      message: "The photo is 20,000 × 20,000 pixels; photos can be at most 50 megapixels.",
    });
    expect(checkRecapImage({ bytes: png(0, 10), fileName: "zero.png" }).ok).toBe(false);
  });

  it("names the file safely: no folders, no control characters", () => {
    const result = checkRecapImage({ bytes: bytes("x"), fileName: "C:\\Users\\me\\evil\u202ephoto\u0007.jpg" });
    expect(result).toEqual({ ok: false, message: "“evilphoto.jpg” is not a JPEG, PNG or WebP image." });
  });
});
