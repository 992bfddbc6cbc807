import type { Attribution } from "./attribution";
import type { EventFormat } from "./format";

export type FormatDefaults = {
  visibility: "public" | "invitation_only" | "internal";
  attribution: Attribution;
  plusOnesAllowed: boolean;
  askDietary: boolean;
  askAccessibility: boolean;
  announceSpeakers: boolean;
  durationMinutes: number;
};

/**
 * What a new event of each format usually is at a policy institute: a dinner
 * asks about diets, is by invitation and has no plus-ones; a policy forum is
 * public and on the record; a roundtable is held under the Chatham House rule.
 */
export function defaultsForFormat(format: EventFormat): FormatDefaults {
  const base: FormatDefaults = {
    visibility: "public",
    attribution: "on_record",
    plusOnesAllowed: false,
    askDietary: false,
    askAccessibility: true,
    announceSpeakers: true,
    durationMinutes: 90,
  };
  switch (format) {
    case "policy_forum":
      return base;
    case "roundtable":
      return { ...base, visibility: "invitation_only", attribution: "chatham_house", announceSpeakers: false, durationMinutes: 120 };
    case "dinner":
      return { ...base, visibility: "invitation_only", attribution: "chatham_house", askDietary: true, announceSpeakers: false, durationMinutes: 150 };
    case "workshop":
      return { ...base, visibility: "invitation_only", attribution: "chatham_house", announceSpeakers: false, durationMinutes: 240 };
    case "seminar":
      return { ...base, durationMinutes: 120 };
    case "symposium":
      return { ...base, durationMinutes: 180 };
    case "launch":
      return base;
    case "reception":
      return { ...base, visibility: "invitation_only", plusOnesAllowed: true, askDietary: true, durationMinutes: 120 };
    case "briefing":
      return { ...base, visibility: "invitation_only", attribution: "off_record", announceSpeakers: false, durationMinutes: 60 };
    case "other":
      return base;
    default:
      return format satisfies never;
  }
}
