import { EVENT_FORMATS } from "@/db/enum-values";

export { EVENT_FORMATS };
export type EventFormat = (typeof EVENT_FORMATS)[number];

const FORMAT_LABELS: Record<EventFormat, string> = {
  policy_forum: "Policy forum", roundtable: "Roundtable", dinner: "Dinner", workshop: "Workshop", seminar: "Seminar", symposium: "Symposium",
  launch: "Launch", reception: "Reception", briefing: "Briefing", other: "Event",
};
export const formatLabel = (f: EventFormat): string => FORMAT_LABELS[f];
