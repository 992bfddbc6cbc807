import { z } from "zod";
import { RECAP_LINK_KINDS } from "@/db/enum-values";
import { blankToNull, brokenCharacterMessage, checkbox, hasBrokenCharacter, optionalText, requiredText, text } from "@/lib/form-input";
import { isAllowedHref } from "./markdown";

export { RECAP_LINK_KINDS };
export type RecapLinkKind = (typeof RECAP_LINK_KINDS)[number];

/** The heading each kind of link sits under on the public page. */
const RECAP_LINK_HEADINGS: Record<RecapLinkKind, string> = { coverage: "Related coverage", video: "Watch", publication: "Further reading", download: "Downloads" };
export const recapLinkHeading = (kind: RecapLinkKind): string => RECAP_LINK_HEADINGS[kind];

/** The kind as a choice in the editor. */
const RECAP_LINK_KIND_LABELS: Record<RecapLinkKind, string> = {
  coverage: "Coverage (news, articles)",
  video: "Video",
  publication: "Publication",
  download: "Download (report, slides)",
};
export const recapLinkKindLabel = (kind: RecapLinkKind): string => RECAP_LINK_KIND_LABELS[kind];

export const MAX_RECAP_BODY = 60_000;
export const MAX_TOPICS = 12;

/** "Afghanistan, Peace processes; WPS" -> distinct topics in the order typed. */
export function parseTopics(value: string): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const raw of value.split(/[,;\n]/)) {
    const topic = raw.normalize("NFC").replace(/\s+/g, " ").trim();
    if (!topic || seen.has(topic.toLowerCase())) continue;
    seen.add(topic.toLowerCase());
    topics.push(topic);
  }
  return topics;
}

const uuidList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean) : v),
  z.array(z.uuid("Choose the agenda items again")).max(200),
);

/** One autosave of the text: everything but photos and links. */
export const recapDraftSchema = z.object({
  eventId: z.uuid(),
  title: optionalText(200, "title"),
  body: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\s+$/, "") : v ?? ""),
    z
      .string()
      .max(MAX_RECAP_BODY, `Keep the recap under ${MAX_RECAP_BODY.toLocaleString("en-GB")} characters`)
      .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("recap")),
  ),
  programId: z.preprocess(blankToNull, z.uuid("Choose a programme area from the list").nullable()),
  topics: z.preprocess(
    (v) => (typeof v === "string" ? parseTopics(v) : v ?? []),
    z
      .array(z.string().max(60, "Keep each topic under 60 characters").refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("topics")))
      .max(MAX_TOPICS, `At most ${MAX_TOPICS} topics`),
  ),
  uncoveredAgendaItemIds: uuidList.default([]),
  /** The version this text was written on; a newer one on the server is not overwritten. */
  revision: z.coerce.number({ message: "Reload the page" }).int().min(0),
});
export type RecapDraftInput = z.output<typeof recapDraftSchema>;

/** An address a reader can open: http or https, nothing else. */
const webAddress = z.preprocess(
  text,
  z
    .string({ message: "Enter the link’s address" })
    .min(1, "Enter the link’s address")
    .max(2000, "Keep the address under 2,000 characters")
    .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("address"))
    .refine((url) => {
      if (!/^https?:\/\//i.test(url) || !isAllowedHref(url)) return false;
      try {
        const parsed = new URL(url);
        return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".");
      } catch {
        return false;
      }
    }, "Enter a full web address, like https://www.example.org/report"),
);

export const recapLinkSchema = z.object({
  eventId: z.uuid(),
  kind: z.enum(RECAP_LINK_KINDS, { message: "Choose what kind of link this is" }),
  title: requiredText(200, "link’s title"),
  url: webAddress,
});
export type RecapLinkInput = z.output<typeof recapLinkSchema>;

export const recapLinkRefSchema = z.object({ linkId: z.uuid() });
export const moveRecapLinkSchema = recapLinkRefSchema.extend({ direction: z.enum(["up", "down"]) });

const altText = z.preprocess(
  (v) => text(v ?? ""),
  z
    .string()
    .min(1, "Describe the photo for people who cannot see it")
    .max(300, "Keep the alt text under 300 characters")
    .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("alt text")),
);

/** The words sent with an upload; the file is checked by its bytes (images.ts). */
export const recapPhotoUploadSchema = z.object({
  eventId: z.uuid(),
  altText,
  caption: optionalText(500, "caption"),
  isLead: checkbox,
});
export type RecapPhotoUploadInput = z.output<typeof recapPhotoUploadSchema>;

export const recapPhotoRefSchema = z.object({ photoId: z.uuid() });
export const recapPhotoUpdateSchema = recapPhotoRefSchema.extend({ altText, caption: optionalText(500, "caption") });
export const moveRecapPhotoSchema = recapPhotoRefSchema.extend({ direction: z.enum(["up", "down"]) });

export const recapRefSchema = z.object({ eventId: z.uuid() });

/** Publishing: the self-publishing checklist arrives as "confirm:<item>" checkboxes. */
export const publishRecapSchema = z.object({ eventId: z.uuid() }).catchall(z.string());
export function confirmedItems(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([key, value]) => key.startsWith("confirm:") && (value === "on" || value === "true"))
    .map(([key]) => key.slice("confirm:".length));
}

export const unpublishRecapSchema = z.object({ eventId: z.uuid(), reason: optionalText(500, "reason") });
