// What a recap photo may be. Safe to import in the editor's client code, which
// says a file is too large before sending it; the server decides from the bytes
// (lib/recaps/images.ts).

export const RECAP_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type RecapImageType = (typeof RECAP_IMAGE_TYPES)[number];

export const MAX_RECAP_IMAGE_BYTES = 5 * 1024 * 1024;
/** Beyond this a decoder needs hundreds of megabytes: a 5 MB file can still hold a 20,000-pixel square of one colour. */
export const MAX_RECAP_IMAGE_PIXELS = 50_000_000;
