import { SPEAKER_ROLES } from "@/db/enum-values";

// Speakers are presented in diplomatic protocol order, by role, the way the
// institute's own listings run: welcoming remarks first, closing remarks last.
export { SPEAKER_ROLES };

export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export function speakerRoleLabel(role: SpeakerRole, count = 1): string {
  const plural = count !== 1;
  switch (role) {
    case "welcoming_remarks":
      return "Welcoming remarks";
    case "opening_remarks":
      return "Opening remarks";
    case "keynote":
      return plural ? "Keynote speakers" : "Keynote";
    case "speaker":
      return plural ? "Speakers" : "Speaker";
    case "discussant":
      return plural ? "Discussants" : "Discussant";
    case "moderator":
      return plural ? "Moderators" : "Moderator";
    case "closing_remarks":
      return "Closing remarks";
    default:
      return role satisfies never;
  }
}

export type Ordered = { role: SpeakerRole; position: number };

/** Groups speakers by role in protocol order; within a role by position. Empty roles are left out. */
export function groupByProtocolOrder<T extends Ordered>(speakers: readonly T[]): { role: SpeakerRole; label: string; speakers: T[] }[] {
  return SPEAKER_ROLES.map((role) => {
    const inRole = speakers.filter((s) => s.role === role).sort((a, b) => a.position - b.position);
    return { role, label: speakerRoleLabel(role, inRole.length), speakers: inRole };
  }).filter((g) => g.speakers.length > 0);
}
