// Recap photos are checked by their bytes, never by their name or the type
// the browser declares: a PNG saved as "photo.jpg" is a PNG, and a text file
// called "photo.jpg" is not a photo. Dimensions come from the file headers in
// plain code, so the check runs anywhere (resizing is a separate step).

export type RecapImageType = "image/jpeg" | "image/png" | "image/webp";

export const MAX_RECAP_IMAGE_BYTES = 5 * 1024 * 1024;
/** Beyond this a decoder needs hundreds of megabytes: a 5 MB file can still hold a 20,000-pixel square of one colour. */
export const MAX_RECAP_IMAGE_PIXELS = 50_000_000;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function sniffImageType(bytes: Uint8Array): RecapImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

type Size = { width: number; height: number };

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;

function pngSize(b: Uint8Array): Size | null {
  // The first chunk is always IHDR: width and height, big-endian.
  if (b.length < 24 || !startsWith(b, ascii("IHDR"), 12)) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): Size | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame header
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (i + 9 > b.length) return null;
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): Size | null {
  if (b.length < 30) return null;
  const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
  switch (chunk) {
    case "VP8 ":
      // Lossy: a key frame's start code, then 14-bit width and height.
      if (!startsWith(b, [0x9d, 0x01, 0x2a], 23)) return null;
      return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    case "VP8L": {
      // Lossless: signature 0x2f, then width-1 and height-1 in 14 bits each.
      if (b[20] !== 0x2f) return null;
      const bits = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0;
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case "VP8X":
      // Extended: canvas width-1 and height-1, 24 bits each.
      return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    default:
      return null;
  }
}

/** Width and height from the file's headers, or null when they cannot be read. */
export function imageDimensions(bytes: Uint8Array, type: RecapImageType): Size | null {
  switch (type) {
    case "image/png":
      return pngSize(bytes);
    case "image/jpeg":
      return jpegSize(bytes);
    case "image/webp":
      return webpSize(bytes);
    default:
      return type satisfies never;
  }
}

export type RecapImageCheck = { ok: true; contentType: RecapImageType; width?: number; height?: number } | { ok: false; message: string };

/** The file's name as it may appear in a message: no folders, no control characters, not endless. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  if (!printable) return "The file";
  return `“${printable.length > 60 ? `${printable.slice(0, 57)}…` : printable}”`;
}

/** Megabytes rounded up to a tenth, so a file just over the limit never reads "5.0 MB". */
const megabytes = (n: number) => (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1);

/**
 * Whether an uploaded photo can go on a recap. `declaredType` (the browser's
 * guess from the extension) and the file name are never trusted: the bytes
 * decide, and the content type returned is the one to store and serve.
 */
export function checkRecapImage(input: { bytes: Uint8Array; fileName: string; declaredType?: string | null }): RecapImageCheck {
  const { bytes } = input;
  const name = displayName(input.fileName);
  if (bytes.length === 0) return { ok: false, message: `${name} is empty. Choose the photo again.` };
  if (bytes.length > MAX_RECAP_IMAGE_BYTES) {
    return { ok: false, message: `The photo is ${megabytes(bytes.length)} MB; photos can be at most ${MAX_RECAP_IMAGE_BYTES / (1024 * 1024)} MB.` };
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, message: `${name} is not a JPEG, PNG or WebP image.` };
  const size = imageDimensions(bytes, contentType);
  if (!size) return { ok: true, contentType };
  if (size.width === 0 || size.height === 0) return { ok: false, message: `${name} has no picture in it (its size reads ${size.width} × ${size.height} pixels).` };
  if (size.width * size.height > MAX_RECAP_IMAGE_PIXELS) {
    return {
      ok: false,
      message: `The photo is ${size.width.toLocaleString("en-US")} × ${size.height.toLocaleString("en-US")} pixels; photos can be at most ${MAX_RECAP_IMAGE_PIXELS / 1_000_000} megapixels.`,
    };
  }
  return { ok: true, contentType, ...size };
}
