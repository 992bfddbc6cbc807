import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { crc32 } from "@/lib/test/crc32";
import { MAX_RECAP_IMAGE_BYTES } from "./image-limits";
import { checkRecapImage, sniffImageType } from "./images";

// Files made for the occasion: real ones encoded by sharp, and crafted ones
// built byte by byte the way an attacker would.

const text = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = join(text(type), data);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return join(head, body, crc);
}

const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A greyscale PNG whose header claims any size, with `rows` rows of pixel data behind it (all of them by default), after `padding` bytes of a private chunk. */
function pngClaiming(width: number, height: number, { rows = height, padding = 0 } = {}): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const pad = padding > 0 ? pngChunk("prVt", new Uint8Array(padding)) : new Uint8Array();
  return join(PNG_SIGNATURE, pngChunk("IHDR", ihdr), pad, pngChunk("IDAT", deflateSync(new Uint8Array((1 + width) * rows))), pngChunk("IEND", new Uint8Array()));
}

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 30 } } });

const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const jpegOf = async (width: number, height: number) => asBytes(await picture(width, height).jpeg().toBuffer());

/** Splits a JPEG into its segments up to the scan: [marker, whole segment bytes]. */
function jpegSegments(b: Uint8Array): { marker: number; start: number; end: number }[] {
  const out: { marker: number; start: number; end: number }[] = [];
  let i = 2;
  while (i + 4 <= b.length) {
    const marker = b[i + 1];
    const end = i + 2 + ((b[i + 2] << 8) | b[i + 3]);
    out.push({ marker, start: i, end });
    if (marker === 0xda) break;
    i = end;
  }
  return out;
}

describe("sniffing an image's type from its bytes", () => {
  it("knows JPEG, PNG and WebP by their signatures, and nothing else", async () => {
    expect(sniffImageType(await jpegOf(4, 4))).toBe("image/jpeg");
    expect(sniffImageType(pngClaiming(4, 4))).toBe("image/png");
    expect(sniffImageType(asBytes(await picture(4, 4).webp().toBuffer()))).toBe("image/webp");
    for (const other of [text("GIF89a\x01\x00\x01\x00"), text("RIFF\x04\x00\x00\x00WAVE"), text("%PDF-1.7"), text("Not a photo at all\n"), Uint8Array.from([0xff, 0xd8]), new Uint8Array()]) {
      expect(sniffImageType(other)).toBeNull();
    }
  });
});

describe("checking a recap photo", () => {
  it("refuses a file that only starts like a JPEG: FF D8 FF and then a web page", async () => {
    const html = join(Uint8Array.from([0xff, 0xd8, 0xff]), text("<html><body><script>document.location='https://evil.example'</script></body></html>"));
    expect(await checkRecapImage({ bytes: html, fileName: "photo.jpg", declaredType: "image/jpeg" })).toEqual({
      ok: false,
      message: "“photo.jpg” starts like a JPEG image but cannot be read as one: it may be damaged, or not a photo at all. Export it again and upload the new file.",
    });
  });

  it("refuses a 12,000 × 12,000 JPEG that hides its size behind a junk byte after APP0", async () => {
    const small = Buffer.from(await jpegOf(16, 16));
    const sof = jpegSegments(small).find((s) => s.marker === 0xc0)!;
    small.writeUInt16BE(12_000, sof.start + 5); // height
    small.writeUInt16BE(12_000, sof.start + 7); // width
    const app0 = join(Uint8Array.from([0xff, 0xe0, 0x00, 0x10]), text("JFIF\0"), Uint8Array.from([1, 1, 0, 0, 1, 0, 1, 0, 0]));
    const bomb = join(small.subarray(0, 2), app0, Uint8Array.from([0x00]), small.subarray(2));
    expect(await checkRecapImage({ bytes: bomb, fileName: "bomb.jpg" })).toEqual({
      ok: false,
      message: "The photo is 12,000 × 12,000 pixels; photos can be at most 50 megapixels.",
    });
  });

  it("stores a photo with its location in EXIF without any EXIF: no GPS, no camera, no description", async () => {
    const located = asBytes(
      await picture(64, 48)
        .jpeg()
        .withExif({
          IFD0: { Make: "Dinnercam", ImageDescription: "Dinner at the residence" },
          IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 3/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 43/1 7/1" },
        })
        .toBuffer(),
    );
    // The file really carries it, location included.
    const exifIn = (await sharp(located).metadata()).exif;
    expect(exifIn).toBeDefined();
    expect(exifIn!.includes(Buffer.from("Dinnercam"))).toBe(true);
    expect(exifIn!.includes(Buffer.from([0x88, 0x25])) || exifIn!.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer tag

    const check = await checkRecapImage({ bytes: located, fileName: "dinner.jpg" });
    if (!check.ok) throw new Error(check.message);
    expect(check).toMatchObject({ contentType: "image/jpeg", width: 64, height: 48 });
    const stored = await sharp(check.bytes).metadata();
    expect(stored.format).toBe("jpeg");
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.iptc).toBeUndefined();
    const raw = Buffer.from(check.bytes);
    for (const trace of ["Exif", "Dinnercam", "residence"]) expect(raw.includes(Buffer.from(trace))).toBe(false);
  });

  it("turns a photo the camera took sideways upright before dropping its orientation", async () => {
    const sideways = asBytes(await picture(60, 40).jpeg().withMetadata({ orientation: 6 }).toBuffer());
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const check = await checkRecapImage({ bytes: sideways, fileName: "portrait.jpg" });
    if (!check.ok) throw new Error(check.message);
    expect([check.width, check.height]).toEqual([40, 60]);
    const stored = await sharp(check.bytes).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([40, 60, undefined]);
  });

  it("accepts a PNG renamed .jpg, as a PNG, re-encoded", async () => {
    const png = asBytes(await picture(120, 80).png().withExif({ IFD0: { Make: "Scanner" } }).toBuffer());
    const check = await checkRecapImage({ bytes: png, fileName: "symposium.jpg", declaredType: "image/jpeg" });
    if (!check.ok) throw new Error(check.message);
    expect(check).toMatchObject({ contentType: "image/png", width: 120, height: 80 });
    const stored = await sharp(check.bytes).metadata();
    expect([stored.format, stored.exif]).toEqual(["png", undefined]);
  });

  it("accepts WebP, keeping transparency", async () => {
    const webp = asBytes(await sharp({ create: { width: 80, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).webp().toBuffer());
    const check = await checkRecapImage({ bytes: webp, fileName: "a.webp" });
    if (!check.ok) throw new Error(check.message);
    expect(check).toMatchObject({ contentType: "image/webp", width: 80, height: 60 });
    const stored = await sharp(check.bytes).metadata();
    expect([stored.format, stored.hasAlpha]).toEqual(["webp", true]);
  });

  it("refuses an image too large in pixels to decode safely, before decoding it", async () => {
    expect(await checkRecapImage({ bytes: pngClaiming(20_000, 20_000, { rows: 1 }), fileName: "bomb.png" })).toEqual({
      ok: false,
      message: "The photo is 20,000 × 20,000 pixels; photos can be at most 50 megapixels.",
    });
    // Just over the limit: 50,000,001 pixels.
    expect(await checkRecapImage({ bytes: pngClaiming(50_000_001, 1, { rows: 0 }), fileName: "strip.png" })).toMatchObject({ ok: false, message: expect.stringContaining("50,000,001 × 1 pixels") });
  });

  it("refuses a PNG whose header promises more rows than its data holds", async () => {
    expect(await checkRecapImage({ bytes: pngClaiming(64, 64, { rows: 3 }), fileName: "short.png" })).toMatchObject({ ok: false, message: expect.stringContaining("cannot be read") });
  });

  it("refuses a text file named .jpg and a GIF, whatever the browser declared", async () => {
    expect(await checkRecapImage({ bytes: text("Speaker notes: thank the minister.\n"), fileName: "notes.jpg", declaredType: "image/jpeg" })).toEqual({
      ok: false,
      message: "“notes.jpg” is not a JPEG, PNG or WebP image.",
    });
    const gif = asBytes(await picture(4, 4).gif().toBuffer());
    expect(await checkRecapImage({ bytes: gif, fileName: "animated.gif" })).toEqual({ ok: false, message: "“animated.gif” is not a JPEG, PNG or WebP image." });
  });

  it("takes a file of exactly 5 MB, refuses a byte more, and says how large it was", async () => {
    const base = pngClaiming(8, 8).length;
    const atLimit = pngClaiming(8, 8, { padding: MAX_RECAP_IMAGE_BYTES - base - 12 });
    expect(atLimit.length).toBe(MAX_RECAP_IMAGE_BYTES);
    const ok = await checkRecapImage({ bytes: atLimit, fileName: "limit.png" });
    expect(ok.ok).toBe(true);
    const over = new Uint8Array(MAX_RECAP_IMAGE_BYTES + 1);
    over.set(atLimit);
    expect(await checkRecapImage({ bytes: over, fileName: "over.png" })).toEqual({ ok: false, message: "The photo is 5.1 MB; photos can be at most 5 MB." });
  });

  it("refuses an empty file", async () => {
    expect(await checkRecapImage({ bytes: new Uint8Array(), fileName: "photo.jpg" })).toEqual({ ok: false, message: "“photo.jpg” is empty. Choose the photo again." });
  });

  it("names the file safely: no folders, no control characters", async () => {
    expect(await checkRecapImage({ bytes: text("x"), fileName: "C:\\Users\\me\\evil\u202ephoto\u0007.jpg" })).toEqual({
      ok: false,
      message: "“evilphoto.jpg” is not a JPEG, PNG or WebP image.",
    });
  });
});
