// The Windows icon container (.ico) with PNG entries, as browsers have read
// it for /favicon.ico since Windows Vista: a 6-byte header, a 16-byte
// directory entry per image, then each image's PNG bytes as they are.

export type IcoImage = { size: number; png: Uint8Array };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The pixel size a PNG says it has (its IHDR chunk). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes)) throw new Error("Not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Square PNGs, 1 to 256 px, one per size, into one .ico. */
export function writeIco(images: IcoImage[]): Uint8Array {
  if (images.length === 0) throw new Error("An icon needs at least one image");
  const sizes = new Set<number>();
  for (const { size, png } of images) {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`An icon image is 1 to 256 px, not ${size}`);
    if (sizes.has(size)) throw new Error(`Two images of ${size} px`);
    sizes.add(size);
    const actual = pngSize(png);
    if (actual.width !== size || actual.height !== size) throw new Error(`The ${size} px image is ${actual.width}x${actual.height}`);
  }
  const headerBytes = 6 + 16 * images.length;
  const total = headerBytes + images.reduce((n, i) => n + i.png.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1: icon (2 would be a cursor)
  view.setUint16(4, images.length, true);
  let offset = headerBytes;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, size === 256 ? 0 : size); // width; 0 means 256
    view.setUint8(entry + 1, size === 256 ? 0 : size); // height
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.byteLength;
  });
  return out;
}

/** The images of a .ico, as its directory lists them; throws on anything that is not a well-formed icon file. */
export function readIco(bytes: Uint8Array): { size: number; png: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 6 || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error("Not an icon file");
  const count = view.getUint16(4, true);
  if (bytes.byteLength < 6 + 16 * count) throw new Error("The icon file is cut short");
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const width = view.getUint8(entry) || 256;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    if (offset + length > bytes.byteLength) throw new Error("The icon file is cut short");
    return { size: width, png: bytes.subarray(offset, offset + length) };
  });
}
