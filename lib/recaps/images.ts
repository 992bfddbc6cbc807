import "server-only";
import sharp, { type Metadata } from "sharp";
import { MAX_RECAP_IMAGE_BYTES, MAX_RECAP_IMAGE_PIXELS, type RecapImageType } from "./image-limits";

// Recap photos are checked by their bytes, never by their name or the type
// the browser declares: a PNG saved as "photo.jpg" is a PNG, and a text file
// called "photo.jpg" is not a photo. Every upload is decoded (sharp), so a
// file that only starts like a JPEG, or whose header hides its size, is
// refused; what is stored is a copy encoded again from the pixels: turned
// upright as the camera recorded, and without its metadata (EXIF, XMP, IPTC:
// the camera, the time, the place where a photo of a private dinner was
// taken).

export type { RecapImageType } from "./image-limits";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type a file's signature claims; the decoder then has to agree. */
export function sniffImageType(bytes: Uint8Array): RecapImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

const FORMAT: Record<RecapImageType, { sharp: "jpeg" | "png" | "webp"; label: string }> = {
  "image/jpeg": { sharp: "jpeg", label: "JPEG" },
  "image/png": { sharp: "png", label: "PNG" },
  "image/webp": { sharp: "webp", label: "WebP" },
};

export type RecapImageCheck =
  | { ok: true; contentType: RecapImageType; width: number; height: number; /** The copy to store: upright, metadata removed. */ bytes: Uint8Array }
  | { ok: false; message: string };

/** The file's name as it may appear in a message: no folders, no control characters, not endless. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  if (!printable) return "The file";
  return `“${printable.length > 60 ? `${printable.slice(0, 57)}…` : printable}”`;
}

/** Megabytes rounded up to a tenth, so a file just over the limit never reads "5.0 MB". */
const megabytes = (n: number) => (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1);

const tooManyPixels = (width: number, height: number) =>
  `The photo is ${width.toLocaleString("en-US")} × ${height.toLocaleString("en-US")} pixels; photos can be at most ${MAX_RECAP_IMAGE_PIXELS / 1_000_000} megapixels.`;

/**
 * Whether an uploaded photo can go on a recap, and the copy to store.
 * `declaredType` (the browser's guess from the extension) and the file name
 * are never trusted: the bytes decide, the decoder has to read every pixel,
 * and the content type returned is the one to store and serve.
 */
export async function checkRecapImage(input: { bytes: Uint8Array; fileName: string; declaredType?: string | null }): Promise<RecapImageCheck> {
  const { bytes } = input;
  const name = displayName(input.fileName);
  if (bytes.length === 0) return { ok: false, message: `${name} is empty. Choose the photo again.` };
  if (bytes.length > MAX_RECAP_IMAGE_BYTES) {
    return { ok: false, message: `The photo is ${megabytes(bytes.length)} MB; photos can be at most ${MAX_RECAP_IMAGE_BYTES / (1024 * 1024)} MB.` };
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, message: `${name} is not a JPEG, PNG or WebP image.` };
  const format = FORMAT[contentType];
  const unreadable = { ok: false as const, message: `${name} starts like a ${format.label} image but cannot be read as one: it may be damaged, or not a photo at all. Export it again and upload the new file.` };

  // The header first (cheap, nothing decoded), for a message that names the size.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, failOn: "error" }).metadata();
  } catch {
    return unreadable;
  }
  if (meta.format !== format.sharp || !meta.width || !meta.height) return unreadable;
  if (meta.width * meta.height > MAX_RECAP_IMAGE_PIXELS) return { ok: false, message: tooManyPixels(meta.width, meta.height) };

  // Then every pixel, under the same limit (sharp refuses before allocating
  // anything larger), encoded again. Without keepMetadata/withMetadata sharp
  // writes no EXIF, XMP or IPTC; autoOrient applies the EXIF orientation first.
  try {
    const pipeline = sharp(bytes, { limitInputPixels: MAX_RECAP_IMAGE_PIXELS, failOn: "error", autoOrient: true });
    const encoded =
      format.sharp === "jpeg" ? pipeline.jpeg({ quality: 90 }) : format.sharp === "png" ? pipeline.png() : pipeline.webp({ quality: 90, alphaQuality: 100 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    // A photo the camera took sideways (EXIF orientation 5–8) is stored upright.
    const expected = meta.autoOrient ?? meta;
    if (info.width !== expected.width || info.height !== expected.height) return unreadable;
    return { ok: true, contentType, width: info.width, height: info.height, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch {
    return unreadable;
  }
}
