import { z } from "zod";

// How form strings become values, the same way in every schema: text is
// NFC-normalised and trimmed (so "Søreide" typed and pasted compare equal),
// and a blank field means "nothing known", stored as null.

export const text = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : v);

export const blankToNull = (v: unknown) => {
  const t = text(v);
  return t === undefined || t === "" ? null : t;
};

export const optionalText = (max: number, label: string) =>
  z.preprocess(blankToNull, z.string().max(max, `Keep the ${label} under ${max} characters`).nullable());

export const requiredText = (max: number, label: string) =>
  z.preprocess(
    (v) => text(v ?? ""),
    z.string({ message: `Enter the ${label}` }).min(1, `Enter the ${label}`).max(max, `Keep the ${label} under ${max} characters`),
  );

/** A checkbox posts "on" when ticked and nothing when not. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
