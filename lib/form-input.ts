import { z } from "zod";

// How form strings become values, the same way in every schema: text is
// NFC-normalised and trimmed (so "Søreide" typed and pasted compare equal),
// and a blank field means "nothing known", stored as null.

export const text = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : v);

export const blankToNull = (v: unknown) => {
  const t = text(v);
  return t === undefined || t === "" ? null : t;
};

// A NUL byte cannot be stored in PostgreSQL text (the insert fails), and half
// of a surrogate pair cannot be encoded as UTF-8 (it would be saved as "�").
// Neither is typed by a person: they come from broken tools or made-up
// requests, and are refused next to the field rather than failing the save.
const BROKEN_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasBrokenCharacter = (s: string) => BROKEN_CHARACTER.test(s);

export const brokenCharacterMessage = (label: string) => `The ${label} contains a character that cannot be saved (a null byte or half of a symbol): type it again`;

export const optionalText = (max: number, label: string) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .max(max, `Keep the ${label} under ${max} characters`)
      .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage(label))
      .nullable(),
  );

export const requiredText = (max: number, label: string) =>
  z.preprocess(
    (v) => text(v ?? ""),
    z
      .string({ message: `Enter the ${label}` })
      .min(1, `Enter the ${label}`)
      .max(max, `Keep the ${label} under ${max} characters`)
      .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage(label)),
  );

/** A checkbox posts "on" when ticked and nothing when not. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
