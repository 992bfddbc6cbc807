import { EVENT_FORMATS } from "@/db/enum-values";

export { EVENT_FORMATS };
export type EventFormat = (typeof EVENT_FORMATS)[number];

export function formatLabel(f: EventFormat): string {
  switch (f) {
    case "policy_forum":
      return "Policy forum";
    case "roundtable":
      return "Roundtable";
    case "dinner":
      return "Dinner";
    case "workshop":
      return "Workshop";
    case "seminar":
      return "Seminar";
    case "symposium":
      return "Symposium";
    case "launch":
      return "Launch";
    case "reception":
      return "Reception";
    case "briefing":
      return "Briefing";
    case "other":
      return "Event";
    default:
      return f satisfies never;
  }
}
