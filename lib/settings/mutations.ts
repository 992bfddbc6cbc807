import "server-only";
import { eq, sql } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { findOrStoreAsset, toStoredImage, type StoredImage } from "@/lib/assets/store";
import { dropAssetIfUnused } from "@/lib/events/cover-mutations";
import { checkRecapImage } from "@/lib/recaps/images";
import type { UploadedFile } from "@/lib/recaps/photo-mutations";
import { resolveInstitute, resolveRecapPhrasing, type Institute } from "./institute";
import { MAX_LOGO_BYTES, phrasingOf, type InstituteSettingsInput } from "./schema";
import { getInstituteTimeZone, INSTITUTE_TIME_ZONE_KEY } from "./time-zone";

// The institute's settings as the settings page saves them: the words in the
// `institute` row, the time zone in its own row (lib/settings/time-zone.ts),
// the logo as an asset (checked and re-encoded like a recap photo), all in one
// transaction with one audit entry naming each changed field, before and after.

export const INSTITUTE_KEY = "institute";

const megabytes = (n: number) => (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1);

/** The logo's problem in words, or the copy to store. */
export async function checkLogo(file: UploadedFile) {
  if (file.bytes.length > MAX_LOGO_BYTES) {
    return { ok: false as const, message: `The logo is ${megabytes(file.bytes.length)} MB; a logo can be at most ${MAX_LOGO_BYTES / (1024 * 1024)} MB. Export it smaller and try again.` };
  }
  const check = await checkRecapImage(file);
  if (!check.ok) return { ok: false as const, message: check.message.replace(/\bphotos?\b/g, (w) => (w === "photo" ? "logo" : "logos")) };
  if (check.width < 32 || check.height < 16) return { ok: false as const, message: `The logo is ${check.width} × ${check.height} pixels; use a copy at least 32 pixels wide and 16 tall.` };
  return check;
}

type Comparable = Record<string, unknown>;

/** The fields whose value differs, each with its value before and after. */
function changes(before: Comparable, after: Comparable): { before: Comparable; after: Comparable } | null {
  const b: Comparable = {};
  const a: Comparable = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/** What the audit compares: the settings a person sees on the page (phrases flattened). */
function comparable(institute: Institute, timeZone: string, effective: { senderName: string; senderEmail: string; emailRetentionDays: number; reminderHoursBefore: number }): Comparable {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { recapPhrasing, ...rest } = institute;
  // As the drafts read them: a phrase never saved is the default one.
  const phrasing = Object.fromEntries(Object.entries(resolveRecapPhrasing(institute)).map(([k, v]) => [`recapPhrasing.${k}`, v]));
  return { ...rest, ...effective, timeZone, ...phrasing };
}

export type SaveSettingsResult = { changed: string[] };

/**
 * Saves every setting of the page at once. `defaults` are what the page
 * showed for a setting not stored yet (the deployment's EMAIL_FROM, its
 * retention), so saving an untouched form records no change.
 */
export async function saveInstituteSettings(
  db: Db,
  actor: Actor,
  input: InstituteSettingsInput,
  logo: UploadedFile | null,
  defaults: { senderName: string; senderEmail: string; emailRetentionDays: number; reminderHoursBefore: number },
): Promise<SaveSettingsResult> {
  let stored: StoredImage | null = null;
  if (logo) {
    // Decoded and checked before the transaction: nothing is written for a file that is refused.
    const check = await checkLogo(logo);
    if (!check.ok) throw new DomainError(check.message, "logo");
    stored = toStoredImage(check);
  }
  return db.transaction(async (tx) => {
    // One save at a time: the row is locked (or, the first time, created) before it is read.
    await tx.insert(settings).values({ key: INSTITUTE_KEY, value: {} }).onConflictDoNothing({ target: settings.key });
    const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, INSTITUTE_KEY)).for("update");
    const before = resolveInstitute(row?.value);
    const beforeZone = await getInstituteTimeZone(tx);

    let logoAssetId = input.removeLogo ? undefined : before.logoAssetId;
    if (stored) {
      logoAssetId = (await findOrStoreAsset(tx, stored, { fileName: logo!.fileName, fallback: "logo" }, actor.kind === "staff" ? actor.id : null)).id;
    }

    const after: Institute = {
      ...before,
      name: input.name,
      shortName: input.shortName,
      postalAddress: input.postalAddress,
      senderName: input.senderName,
      senderEmail: input.senderEmail,
      replyTo: input.replyTo ?? undefined,
      reminderHoursBefore: input.reminderHoursBefore,
      emailRetentionDays: input.emailRetentionDays,
      recapPhrasing: phrasingOf(input),
      logoAssetId,
    };
    const value = Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined));
    await tx.update(settings).set({ value, updatedAt: sql`now()` }).where(eq(settings.key, INSTITUTE_KEY));
    if (input.timeZone !== beforeZone) {
      await tx
        .insert(settings)
        .values({ key: INSTITUTE_TIME_ZONE_KEY, value: input.timeZone })
        .onConflictDoUpdate({ target: settings.key, set: { value: input.timeZone, updatedAt: sql`now()` } });
    }
    if (before.logoAssetId && before.logoAssetId !== logoAssetId) await dropAssetIfUnused(tx, before.logoAssetId);

    const effective = (i: Institute) => ({
      senderName: i.senderName ?? defaults.senderName,
      senderEmail: i.senderEmail ?? defaults.senderEmail,
      emailRetentionDays: i.emailRetentionDays ?? defaults.emailRetentionDays,
      reminderHoursBefore: i.reminderHoursBefore ?? defaults.reminderHoursBefore,
    });
    const beforeAll = comparable(before, beforeZone, effective(before));
    const afterAll = comparable(after, input.timeZone, effective(after));
    // A new logo is named by its file, not its id.
    if (stored && logoAssetId !== before.logoAssetId) afterAll.logoAssetId = `${logo!.fileName} (${stored.width}×${stored.height})`;
    const diff = changes(beforeAll, afterAll);
    if (diff) await recordAudit(tx, actor, { action: "settings.changed", entityType: "setting", entityId: INSTITUTE_KEY, ...diff });
    return { changed: diff ? Object.keys(diff.after) : [] };
  });
}
