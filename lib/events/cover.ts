import { z } from "zod";
import { requiredText } from "@/lib/form-input";
import { formatLabel, type EventFormat } from "./format";
import { dateBlockParts, formatLongDate } from "./time";

// An event's cover: a photo chosen by staff, with the words that say what it
// shows (alt text, required: the database refuses a cover without it), or,
// without one, a cover drawn from the event itself. Safe in client code.

/** Smaller than this a cover looks soft across a page 1,200 pixels wide. */
export const MIN_COVER_WIDTH = 800;
export const MIN_COVER_HEIGHT = 450;
/** Covers are cut to 3:2 in cards and 21:9 on the page: a panorama or a tall portrait loses what it shows. */
export const MAX_COVER_RATIO = 3;
export const MIN_COVER_RATIO = 0.75;

/** What is wrong with a cover of this size, in words, or null when it fits. */
export function coverSizeProblem(width: number, height: number): string | null {
  const size = `${width.toLocaleString("en-US")} × ${height.toLocaleString("en-US")} pixels`;
  if (width < MIN_COVER_WIDTH || height < MIN_COVER_HEIGHT) {
    return `The photo is ${size}; a cover needs at least ${MIN_COVER_WIDTH} × ${MIN_COVER_HEIGHT}. Use a larger copy of the photo.`;
  }
  const ratio = width / height;
  if (ratio > MAX_COVER_RATIO) return `The photo is ${size}, a panorama; a cover can be at most three times as wide as it is tall. Crop it and upload it again.`;
  if (ratio < MIN_COVER_RATIO) return `The photo is ${size}, taller than it is wide; a cover is shown landscape. Choose a landscape photo or crop it.`;
  return null;
}

export const coverAltText = requiredText(300, "alt text");

/** Saving a cover: a new photo (optional once one is there) and its alt text. */
export const eventCoverSchema = z.object({
  eventId: z.uuid("This event no longer exists."),
  coverAlt: z.preprocess((v) => v ?? "", coverAltText),
});
export type EventCoverInput = z.output<typeof eventCoverSchema>;

export const eventCoverRefSchema = z.object({ eventId: z.uuid("This event no longer exists.") });

/** The house tones a drawn cover is set in, one per kind of event, so a page of them is not one block of navy. */
export type CoverTone = "ink" | "teal" | "paper";

const TONES: Record<EventFormat, CoverTone> = {
  policy_forum: "ink",
  symposium: "ink",
  launch: "ink",
  roundtable: "teal",
  workshop: "teal",
  seminar: "teal",
  briefing: "paper",
  dinner: "paper",
  reception: "paper",
  other: "paper",
};

export type CoverFallback = {
  /** The kind of event, as a small label: "Policy forum". */
  label: string;
  /** Day and month large ("24 Oct"), the year beside it. */
  day: string;
  month: string;
  year: string;
  /** The whole date, for a screen reader and a title attribute. */
  longDate: string;
  title: string;
  tone: CoverTone;
  /** The title's size: long titles set smaller, so every cover keeps its margins. */
  size: "lg" | "md" | "sm";
};

/** The cover drawn for an event without a photo: its format, its date on its own calendar, its title. */
export function coverFallback(event: { format: EventFormat; startsAt: Date; timeZone: string; title: string }): CoverFallback {
  const parts = dateBlockParts(event.startsAt, event.timeZone);
  const title = event.title.normalize("NFC").replace(/\s+/g, " ").trim();
  return {
    label: formatLabel(event.format),
    day: parts.day,
    month: parts.month,
    year: parts.year,
    longDate: formatLongDate(event.startsAt, event.timeZone),
    title,
    tone: TONES[event.format],
    size: title.length > 80 ? "sm" : title.length > 45 ? "md" : "lg",
  };
}

/** The picture of an event in a list: the published recap's lead photo, else its cover, else none (drawn). */
export function listPicture<P>(lead: P | null, cover: P | null): P | null {
  return lead ?? cover;
}
