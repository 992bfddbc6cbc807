import { people } from "@/db/seed-data";
import type { ProtectedPerson } from "./guard-types";

// Real material from the seed file (a year of IPI's event news) and the demo
// directory, so the guard is tested against what staff actually write.

/** The published recap of the 1 November WPS/POC roundtable, held under the Chatham House rule. */
export const ROUNDTABLE_RECAP = `The United Nations agendas for Women, Peace, and Security (WPS) and for Protection of Civilians (POC) both deal with protecting vulnerable populations. The comparison of these two agendas and opportunities to enhance protection were the focus of a November 1st IPI-Canada roundtable discussion, held under the Chatham House rule of non-attribution.

Discussants expressed concern that protection of women from sexual violence has been prioritized over other forms of gendered violence, such as female genital mutilation, child marriage, sexual violence against men and LGBTQ communities, trafficking, and domestic violence. One reason, agreed participants, is that gender-based violence is chronically underfunded. In addition, women are often appointed as gender experts solely because of their sex.

The experts lamented the fact that women tend to be seen only as victims of violence and not as agents of protection from violence. To overcome this barrier, speakers highlighted the need for more female uniformed and civilian personnel on the ground in peacekeeping missions with POC mandates and involved in developing POC strategy. Even so, they noted, women’s participation is often treated with a tokenistic, “tick the box” approach.

In order to insure that peacekeeping missions better and more safely engage communities, especially with women, participants agreed that accountability measures in peacekeeping should be strengthened, and that it was necessary to embrace a wider understanding of “protection.” One way to do this, they said, was to frame accountability around the UN Sustainable Development Goals, since UN member state governments have made public commitments to concrete goals and indicators and to carry out certain gender-sensitive measures of protection.

To truly mainstream these concepts, discussants suggested it would be useful to conduct local analysis in conflict communities and examine intercommunal conflicts. Speakers said that the strategic integration points of the WPS and POC agendas were climate change, gender-based violence, and sexual and reproductive health and rights.

The second session of the workshop focused on research questions. Participants pointed out that gender considerations are often an afterthought in peace operations, and explored ways to implement POC that do not reinforce the stereotype of women as victims. They pointed out programs that have been working well and recommended monitoring and scaling up these efforts.

One question that arose was whether domestic violence should be addressed in POC mandates. Discussants argued that intimate partner violence is not unrelated to conflict, and that it must be included in gender-based violence analysis and action. However, doubts were raised as to whether military and police personnel, who are the primary actors in peacekeeping, were the right people to address this intimate type of violence.

Finally, participants discussed how best to incorporate male victims in protection peacekeeping mandates and pointed out that because of patriarchal systems of power, the threats men and boys face are under-reported and protection of men and boys receives less attention. Discussants highlighted the fact that “gender” is not specific to women and that to say, “we need more women in peace operations to carry out the WPS agenda” takes the onus off of men to implement the WPS agenda and reinforces the stereotype of women as victims and men as perpetrators of violence.`;

type SeedPersonKey = keyof typeof people;

export function protectedPerson(key: SeedPersonKey, part: ProtectedPerson["part"]): ProtectedPerson {
  const p = people[key];
  return { honorific: p.honorific, givenName: p.givenName, familyName: p.familyName, affiliation: p.affiliation, part };
}

/** The roundtable's discussants and its guest list, as the demo data has them. */
export const ROUNDTABLE_PEOPLE: ProtectedPerson[] = [
  protectedPerson("taylor", "speaker"),
  protectedPerson("sherman", "speaker"),
  ...(["whitfield", "amiri", "tapesh", "lindborg", "erdberg", "elshami", "seraj"] as const).map((k) => protectedPerson(k, "guest")),
];

export const INSTITUTE_NAMES = ["International Peace Institute", "IPI"];
