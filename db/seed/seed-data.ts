// The demo data, drawn from a year of IPI's own event news: real titles,
// speakers as the programs listed them, co-hosts in the order the recaps
// named them. Dates are relative (days from "now", wall-clock time in the
// venue's zone) so the demo always has something upcoming and something past.
import type { DemoPhoto } from "./demo-photos";
import type {
  attribution,
  eventFormat,
  eventStatus,
  eventVisibility,
  invitationSource,
  invitationStatus,
  organizationKind,
  recapLinkKind,
  recapStatus,
  speakerRole,
  staffRole,
} from "@/db/schema";
import type { ListedPerson } from "@/lib/people/display-name";

type EnumValue<T extends { enumValues: readonly string[] }> = T["enumValues"][number];

export type SpeakerRole = EnumValue<typeof speakerRole>;
export type Attribution = EnumValue<typeof attribution>;
type WallTime = `${number}:${number}`;

export type StaffSeed = { email: string; name: string; role: EnumValue<typeof staffRole> };
export type ProgramSeed = { slug: string; name: string; description: string };
export type VenueSeed = {
  name: string;
  address: string | null;
  city: string;
  country: string;
  timeZone: string;
  capacity: number;
};
export type OrganizationSeed = { name: string; shortName?: string; kind: EnumValue<typeof organizationKind> };
export type PersonSeed = ListedPerson & { notes?: string };

export const staff = {
  admin: { email: "admin@convene.local", name: "Events Office", role: "admin" },
  editor: { email: "editor@convene.local", name: "Jordan Reyes", role: "editor" },
  viewer: { email: "viewer@convene.local", name: "Sam Patel", role: "viewer" },
} satisfies Record<string, StaffSeed>;

export const programs = {
  wps: {
    slug: "women-peace-security",
    name: "Women, Peace and Security",
    description:
      "Research and convening on the full participation of women in building and sustaining peace, and on closing the gaps in implementing resolution 1325.",
  },
  peaceOperations: {
    slug: "peace-operations",
    name: "Peace Operations",
    description:
      "The Brian Urquhart Center for Peace Operations: mandates, partnerships, and the future of UN peacekeeping.",
  },
  mena: {
    slug: "mena",
    name: "Middle East and North Africa",
    description:
      "IPI's office in Manama: regional peace and security, water diplomacy, and sustainable development in the MENA region and beyond.",
  },
  multilateralism: {
    slug: "multilateralism",
    name: "Multilateralism",
    description:
      "Strengthening international cooperation and the rules-based order, and the voice of every member state, large and small.",
  },
  sustainableDevelopment: {
    slug: "sustainable-development",
    name: "Sustainable Development",
    description:
      "Peace and the 2030 Agenda: inclusive institutions and people-centered approaches to the Sustainable Development Goals.",
  },
} satisfies Record<string, ProgramSeed>;

export const venues = {
  trygveLieCenter: {
    name: "IPI Trygve Lie Center for Peace, Security & Development",
    address: "777 United Nations Plaza",
    city: "New York",
    country: "United States",
    timeZone: "America/New_York",
    capacity: 120,
  },
  manama: {
    name: "IPI MENA Office",
    address: null,
    city: "Manama",
    country: "Bahrain",
    timeZone: "Asia/Bahrain",
    capacity: 60,
  },
  vienna: {
    name: "IPI Europe",
    address: "Freyung 3",
    city: "Vienna",
    country: "Austria",
    timeZone: "Europe/Vienna",
    capacity: 80,
  },
  finlandMission: {
    name: "Permanent Mission of Finland to the United Nations",
    address: "866 United Nations Plaza, Suite 222",
    city: "New York",
    country: "United States",
    timeZone: "America/New_York",
    capacity: 40,
  },
} satisfies Record<string, VenueSeed>;

export const organizations = {
  norwayMfa: { name: "Norwegian Ministry of Foreign Affairs", shortName: "Norway", kind: "government" },
  sierraLeone: { name: "Government of Sierra Leone", kind: "government" },
  catalystForPeace: { name: "Catalyst for Peace", kind: "foundation" },
  usip: { name: "United States Institute of Peace", shortName: "USIP", kind: "institute" },
  swissFdfa: { name: "Swiss Federal Department of Foreign Affairs", shortName: "FDFA", kind: "government" },
  canada: { name: "Government of Canada", kind: "government" },
  cordaid: { name: "Cordaid", kind: "ngo" },
  giwps: { name: "Georgetown Institute for Women, Peace and Security", shortName: "GIWPS", kind: "university" },
  nyuCga: { name: "NYU Center for Global Affairs", kind: "university" },
  finland: { name: "Government of Finland", kind: "government" },
  indonesia: { name: "Government of Indonesia", kind: "government" },
  rwanda: { name: "Government of Rwanda", kind: "government" },
  uruguay: { name: "Government of Uruguay", kind: "government" },
  stimson: { name: "Stimson Center", kind: "institute" },
  securityCouncilReport: { name: "Security Council Report", shortName: "SCR", kind: "ngo" },
  bahrainMfa: { name: "Kingdom of Bahrain Ministry of Foreign Affairs", kind: "government" },
  fambulTok: { name: "Fambul Tok International", kind: "ngo" },
  // Named as the directory's affiliations name them, so each person's organization is filled in (the year's reports count by it).
  unitedNations: { name: "United Nations", shortName: "UN", kind: "un_body" },
  undp: { name: "United Nations Development Programme", shortName: "UNDP", kind: "un_body" },
  dppa: { name: "UN Department of Political and Peacebuilding Affairs", shortName: "DPPA", kind: "un_body" },
  minurso: { name: "United Nations Mission for the Referendum in Western Sahara (MINURSO)", shortName: "MINURSO", kind: "un_body" },
  swissMission: { name: "Mission of Switzerland to the United Nations", kind: "permanent_mission" },
  ukMission: { name: "Permanent Mission of the United Kingdom to the United Nations", shortName: "United Kingdom", kind: "permanent_mission" },
  ghanaMfa: { name: "Ministry of Foreign Affairs of Ghana", shortName: "Ghana", kind: "government" },
  finlandMfa: { name: "Ministry of Foreign Affairs of Finland", kind: "government" },
  afghanWomensNetwork: { name: "Afghan Women’s Network", kind: "ngo" },
  womenLeaders: { name: "The Group of Women Leaders for Change and Inclusion", kind: "ngo" },
  // The missions to the UN whose staff the dinners invite: people whose
  // affiliation names one are linked to it, which is what the smart list
  // "All permanent missions" finds.
  norwayMission: { name: "Permanent Mission of Norway to the United Nations", kind: "permanent_mission" },
  finlandMission: { name: "Permanent Mission of Finland to the United Nations", kind: "permanent_mission" },
  indonesiaMission: { name: "Permanent Mission of Indonesia to the United Nations", kind: "permanent_mission" },
  rwandaMission: { name: "Permanent Mission of Rwanda to the United Nations", kind: "permanent_mission" },
  uruguayMission: { name: "Permanent Mission of Uruguay to the United Nations", kind: "permanent_mission" },
  ghanaMission: { name: "Permanent Mission of Ghana to the United Nations", kind: "permanent_mission" },
} satisfies Record<string, OrganizationSeed>;

const IPI = "International Peace Institute";
const SIERRA_LEONE = "Government of Sierra Leone";
const WOMEN_LEADERS = "The Group of Women Leaders for Change and Inclusion";

// Heads of state and government, ministers and the like reach IPI through their
// offices, so the directory holds no address for them.
export const people = {
  rodLarsen: { honorific: "Mr.", givenName: "Terje", familyName: "Rød-Larsen", positionTitle: "President", affiliation: IPI, email: "t.rod-larsen@ipi.example.org" },
  rudd: { honorific: "The Honorable", givenName: "Kevin", familyName: "Rudd", positionTitle: "Former Prime Minister of Australia and Chair of the Board of Directors", affiliation: IPI, email: null },
  lupel: { honorific: "Dr.", givenName: "Adam", familyName: "Lupel", positionTitle: "Vice President", affiliation: IPI, email: "a.lupel@ipi.example.org" },
  taylor: { honorific: "Dr.", givenName: "Sarah", familyName: "Taylor", positionTitle: "Senior Fellow and Head of the Women, Peace, and Security Program", affiliation: IPI, email: "s.taylor@ipi.example.org" },
  sherman: { honorific: "Mr.", givenName: "Jake", familyName: "Sherman", positionTitle: "Director of the Brian Urquhart Center for Peace Operations", affiliation: IPI, email: "j.sherman@ipi.example.org" },
  leivaRoesch: { honorific: "Ms.", givenName: "Jimena", familyName: "Leiva Roesch", positionTitle: "Senior Fellow", affiliation: IPI, email: "j.leiva-roesch@ipi.example.org" },
  friji: { honorific: "Mr.", givenName: "Nejib", familyName: "Friji", positionTitle: "Director of IPI MENA", affiliation: IPI, email: "n.friji@ipi.example.org" },
  rekstenMonsen: { honorific: "Ms.", givenName: "Camilla", familyName: "Reksten-Monsen", positionTitle: "Chief of Staff", affiliation: IPI, email: "c.reksten-monsen@ipi.example.org" },
  alAlawi: { honorific: "Ms.", givenName: "Dalya", familyName: "Al Alawi", positionTitle: "Policy Analyst, IPI MENA", affiliation: IPI, email: "d.alalawi@ipi.example.org" },

  soreide: { honorific: "H.E. Ms.", givenName: "Ine", familyName: "Eriksen Søreide", positionTitle: "Minister of Foreign Affairs", affiliation: "Norway", email: null },
  botchway: { honorific: "H.E. Ms.", givenName: "Shirley Ayorkor", familyName: "Botchway", positionTitle: "Minister of Foreign Affairs", affiliation: "Ghana", email: null },
  bachelet: { honorific: "H.E. Ms.", givenName: "Michelle", familyName: "Bachelet", positionTitle: "High Commissioner for Human Rights", affiliation: "United Nations", email: null },
  casasZamora: { honorific: "H.E. Dr.", givenName: "Kevin", familyName: "Casas-Zamora", positionTitle: "Secretary-General", affiliation: "International IDEA", email: "k.casas-zamora@idea.example.org" },
  steiner: { honorific: "Mr.", givenName: "Achim", familyName: "Steiner", positionTitle: "Administrator", affiliation: "United Nations Development Programme", email: "a.steiner@undp.example.org" },
  kiai: { honorific: "Mr.", givenName: "Maina", familyName: "Kiai", positionTitle: "Former Special Rapporteur on the Rights to Freedom of Peaceful Assembly and of Association", affiliation: "United Nations", email: "maina.kiai@example.org" },

  alghali: { honorific: "Ms.", givenName: "Francess Piagie", familyName: "Alghali", positionTitle: "Minister of State for the Office of the Vice President", affiliation: SIERRA_LEONE, email: "f.alghali@gov-sl.example.org" },
  kaiKai: { honorific: "Dr.", givenName: "Francis M.", familyName: "Kai-Kai", positionTitle: "Minister of Planning and Economic Development", affiliation: SIERRA_LEONE, email: "f.kai-kai@gov-sl.example.org" },
  chambas: { honorific: "Mr.", givenName: "Mohamed Ibn", familyName: "Chambas", positionTitle: "Special Representative of the Secretary-General", affiliation: "United Nations", email: "m.chambas@un.example.org" },
  caulker: { honorific: "Mr.", givenName: "John", familyName: "Caulker", positionTitle: "Executive Director", affiliation: "Fambul Tok International", email: "j.caulker@fambultok.example.org" },
  hoffman: { honorific: "Ms.", givenName: "Libby", familyName: "Hoffman", positionTitle: "Founder and President", affiliation: "Catalyst for Peace", email: "l.hoffman@catalystforpeace.example.org" },
  lamina: { honorific: "Mr.", givenName: "Tamba", familyName: "Lamina", positionTitle: "Minister of Local Government and Rural Development", affiliation: SIERRA_LEONE, email: "t.lamina@gov-sl.example.org" },

  lindborg: { honorific: "Ms.", givenName: "Nancy", familyName: "Lindborg", positionTitle: "President", affiliation: "U.S. Institute of Peace", email: "n.lindborg@usip.example.org" },
  favre: { honorific: "Mr.", givenName: "Dominique", familyName: "Favre", positionTitle: "Deputy Chief of Mission", affiliation: "Mission of Switzerland to the United Nations", email: "d.favre@swiss-mission.example.org" },
  alhamza: { honorific: "Mr.", givenName: "Abdul-Aziz", familyName: "Alhamza", positionTitle: "Co-founder", affiliation: "Raqqa Is Being Slaughtered Silently", email: "a.alhamza@example.org" },
  pout: { honorific: "Dr.", givenName: "Christian", familyName: "Pout", positionTitle: "President", affiliation: "Centre Africain d’Etudes Internationales, Diplomatiques, Economiques et Stratégiques (CEIDES), Cameroon", email: "c.pout@ceides.example.org" },
  elshami: { honorific: "Ms.", givenName: "Azaz", familyName: "Elshami", positionTitle: "Sudanese-American Human Rights Advocate", affiliation: null, email: "azaz.elshami@example.org" },
  morton: { honorific: "Mr.", givenName: "Jesse", familyName: "Morton", positionTitle: "Co-Founder", affiliation: "Parallel Networks", email: "j.morton@parallelnetworks.example.org", notes: "Former violent extremist; speaks to that experience." },
  erdberg: { honorific: "Ms.", givenName: "Leanne", familyName: "Erdberg", positionTitle: "Director, Countering Violent Extremism, and Interim Executive Director, RESOLVE Network", affiliation: "US Institute of Peace", email: "l.erdberg@usip.example.org" },

  clark: { honorific: "H.E. Ms.", givenName: "Helen", familyName: "Clark", positionTitle: "Former Prime Minister of New Zealand, Former Administrator of the United Nations Development Programme, and Co-Founder", affiliation: WOMEN_LEADERS, email: null },
  bokova: { honorific: "H.E. Ms.", givenName: "Irina", familyName: "Bokova", positionTitle: "Former Director-General of UNESCO and Co-Founder", affiliation: WOMEN_LEADERS, email: null },

  amiri: { honorific: "Ms.", givenName: "Rina", familyName: "Amiri", positionTitle: "Senior Fellow", affiliation: "NYU Center for Global Affairs", email: "r.amiri@nyu-cga.example.org" },
  tapesh: { honorific: "Ms.", givenName: "Storai", familyName: "Tapesh", positionTitle: "Deputy Executive Director", affiliation: "Afghan Women’s Network", email: "s.tapesh@awn.example.org" },
  pierce: { honorific: "H.E. Ms.", givenName: "Karen", familyName: "Pierce", positionTitle: "Permanent Representative to the United Nations", affiliation: "United Kingdom", email: "k.pierce@uk-mission.example.org" },
  seraj: { honorific: "Ms.", givenName: "Mahbouba", familyName: "Seraj", positionTitle: "Member", affiliation: "Afghan Women’s Network", email: null, notes: "No email on file; reach through the Afghan Women’s Network." },
  whitfield: { honorific: "Ms.", givenName: "Teresa", familyName: "Whitfield", positionTitle: "Director, Policy and Mediation Division", affiliation: "UN Department of Political and Peacebuilding Affairs", email: "t.whitfield@un.example.org" },

  malksoo: { honorific: "Prof.", givenName: "Lauri", familyName: "Mälksoo", positionTitle: "Professor of International Law", affiliation: "University of Tartu, Estonia", email: "l.malksoo@ut.example.org" },
  salovaara: { honorific: "Ms.", givenName: "Anna", familyName: "Salovaara", positionTitle: "Director of the Unit for UN and General Global Affairs", affiliation: "Ministry of Foreign Affairs of Finland", email: "a.salovaara@formin.example.org" },
  raik: { honorific: "Dr.", givenName: "Kristi", familyName: "Raik", positionTitle: "Director", affiliation: "Estonian Foreign Policy Institute", email: "k.raik@efpi.example.org" },

  muhammadBande: { honorific: "H.E. Mr.", givenName: "Tijani", familyName: "Muhammad-Bande", positionTitle: "President of the 74th Session of the General Assembly", affiliation: "United Nations", email: null },
  leDrian: { honorific: "H.E. Mr.", givenName: "Jean-Yves", familyName: "Le Drian", positionTitle: "Minister of Foreign Affairs", affiliation: "France", email: "jy.ledrian@diplomatie.example.org" },
  maas: { honorific: "H.E. Mr.", givenName: "Heiko", familyName: "Maas", positionTitle: "Minister of Foreign Affairs", affiliation: "Germany", email: "h.maas@auswaertiges.example.org" },

  pusparini: { honorific: "Lt. Col.", givenName: "Ratih", familyName: "Pusparini", positionTitle: null, affiliation: "National Defense and Security Agency, Indonesia", email: "r.pusparini@example.org" },
  mulyono: { honorific: "Maj. Gen.", givenName: "Imam Edy", familyName: "Mulyono", positionTitle: "Former Force Commander", affiliation: "United Nations Mission for the Referendum in Western Sahara (MINURSO)", email: "i.mulyono@example.org" },
  demirciler: { honorific: "H.E. Mr.", givenName: "Kemal", familyName: "Demirciler", positionTitle: "Ambassador to Bahrain", affiliation: "Turkey", email: "k.demirciler@mfa-tr.example.org" },
  kim: { honorific: "Dr.", givenName: "Dongsuk", familyName: "Kim", positionTitle: "Assistant Professor", affiliation: "Korea National Diplomatic Academy", email: "d.kim@knda.example.org" },
  sharkawi: { honorific: "Mr.", givenName: "Amin", familyName: "Sharkawi", positionTitle: "UN Resident Coordinator", affiliation: "United Nations in Bahrain", email: "a.sharkawi@un.example.org" },
  mahmood: { honorific: "H.E. Mr.", givenName: "Afzaal", familyName: "Mahmood", positionTitle: "Ambassador to Bahrain", affiliation: "Islamic Republic of Pakistan", email: "a.mahmood@mofa-pk.example.org" },
  bellato: { honorific: "H.E. Mr.", givenName: "Domenico", familyName: "Bellato", positionTitle: "Ambassador to Bahrain", affiliation: "Italy", email: "d.bellato@esteri.example.org" },
  benkhayi: { honorific: "H.E. Mr.", givenName: "Mostafa", familyName: "Benkhayi", positionTitle: "Ambassador to Bahrain", affiliation: "Morocco", email: "m.benkhayi@maec.example.org" },
  gahriani: { honorific: "H.E. Mr.", givenName: "Salim", familyName: "Gahriani", positionTitle: "Ambassador to Bahrain", affiliation: "Tunisia", email: "s.gahriani@diplomatie-tn.example.org" },
  juul: { honorific: "H.E. Ms.", givenName: "Mona", familyName: "Juul", positionTitle: "Permanent Representative", affiliation: "Permanent Mission of Norway to the United Nations", email: "m.juul@norway-mission.example.org" },
  hanssen: { honorific: "Mr.", givenName: "Odd Inge", familyName: "Kvalheim", positionTitle: "Deputy Permanent Representative", affiliation: "Permanent Mission of Norway to the United Nations", email: "o.kvalheim@norway-mission.example.org" },
  lassila: { honorific: "H.E. Ms.", givenName: "Elina", familyName: "Lassila", positionTitle: "Permanent Representative", affiliation: "Permanent Mission of Finland to the United Nations", email: "e.lassila@finland-mission.example.org" },
  djani: { honorific: "H.E. Mr.", givenName: "Dian Triansyah", familyName: "Djani", positionTitle: "Permanent Representative", affiliation: "Permanent Mission of Indonesia to the United Nations", email: "d.djani@indonesia-mission.example.org" },
  rugwabiza: { honorific: "H.E. Ms.", givenName: "Valentine", familyName: "Rugwabiza", positionTitle: "Permanent Representative", affiliation: "Permanent Mission of Rwanda to the United Nations", email: "v.rugwabiza@rwanda-mission.example.org" },
  amorin: { honorific: "Mr.", givenName: "Felipe", familyName: "Amorín", positionTitle: "Counsellor", affiliation: "Permanent Mission of Uruguay to the United Nations", email: "f.amorin@uruguay-mission.example.org" },
  agyeman: { honorific: "Ms.", givenName: "Akosua", familyName: "Agyeman", positionTitle: "Minister Counsellor", affiliation: "Permanent Mission of Ghana to the United Nations", email: null, notes: "Reached through the mission's protocol office; no direct address." },
  aune: { honorific: "Mr.", givenName: "Lars", familyName: "Aune", positionTitle: "Counsellor", affiliation: "Permanent Mission of Norway to the United Nations", email: "l.aune@norway-mission.example.org", notes: "Asked to receive no more invitations." },
  cortes: { honorific: "Ms.", givenName: "Nadia", familyName: "Cortés", positionTitle: "First Secretary", affiliation: "Permanent Mission of Uruguay to the United Nations", email: "n.cortes@uruguay-mission.example.org", notes: "Her address bounced; ask the mission for a new one." },
  hussein: { honorific: "Dr.", givenName: "Hashim", familyName: "Hussein", positionTitle: "Director", affiliation: "United Nations Industrial Development Organization (UNIDO), Bahrain", email: "h.hussein@unido.example.org" },
} satisfies Record<string, PersonSeed>;

// Tags on people, and the contact lists the demo starts with.
export const personTagSeeds: Record<string, PersonKey[]> = {
  Board: ["rudd", "rodLarsen", "clark"],
  Donors: ["hoffman", "salovaara", "juul"],
  Press: ["alhamza", "whitfield"],
  "WPS network": ["taylor", "amiri", "tapesh", "seraj", "bokova", "rugwabiza"],
};
/** A mission's staff member who asked for no more invitations, and one whose address bounced. */
export const optedOutSeed: PersonKey = "aune";
export const bouncedSeed: PersonKey = "cortes";
export const contactListSeeds = {
  missions: { name: "All permanent missions", description: "Everyone whose organization is a permanent mission to the UN.", rule: { organizationKind: "permanent_mission" } },
  wpsDinner: { name: "WPS dinner regulars", description: "The table for the Women, Peace and Security dinners.", members: ["taylor", "amiri", "tapesh", "whitfield", "juul", "lassila"] as PersonKey[] },
};

export type ProgramKey = keyof typeof programs;
export type VenueKey = keyof typeof venues;
export type OrganizationKey = keyof typeof organizations;
export type PersonKey = keyof typeof people;

/** Minutes after the event starts; attribution null inherits the event's. */
export type AgendaSeed = {
  offset: number;
  minutes: number;
  title: string;
  description?: string;
  attribution?: Attribution | null;
  livestreamed?: boolean;
  /** The event's speakers who speak at this item (in whatever role). */
  speakers?: PersonKey[];
};

export type GuestSeed = {
  person: PersonKey;
  /** "accepted" and "waitlisted" both say the guest accepted; the seed places them by the app's rules (seed.ts `placedInOrder`). */
  status: EnumValue<typeof invitationStatus>;
  source?: EnumValue<typeof invitationSource>;
  plusOneName?: string;
  dietary?: string;
  accessibility?: string;
  message?: string;
  onBehalfOfName?: string;
  onBehalfOfEmail?: string;
  /** Checked in at the door (past events only): what the year's attendance counts. */
  arrived?: boolean;
};

export type RecapSeed = {
  status: EnumValue<typeof recapStatus>;
  body: string;
  topics: string[];
  links?: { kind: EnumValue<typeof recapLinkKind>; title: string; url: string }[];
  /** The lead photo (db/seed/images), with what it shows and its caption. */
  lead?: { photo: DemoPhoto; alt: string; caption: string };
};

export type EventSeed = {
  title: string;
  subtitle?: string;
  summary: string;
  description: string;
  format: EnumValue<typeof eventFormat>;
  status?: EnumValue<typeof eventStatus>;
  visibility: EnumValue<typeof eventVisibility>;
  attribution: Attribution;
  program: ProgramKey;
  venue: VenueKey;
  /** Calendar days from today in the venue's zone; negative is past. */
  day: number;
  start: WallTime;
  minutes: number;
  capacity?: number;
  waitlistEnabled?: boolean;
  rsvpDaysBefore?: number;
  plusOnesAllowed?: boolean;
  askDietary?: boolean;
  askAccessibility?: boolean;
  livestream?: boolean;
  cohosts?: OrganizationKey[];
  speakers?: Partial<Record<SpeakerRole, PersonKey[]>>;
  agenda?: AgendaSeed[];
  invitations?: { sentDaysAgo: number; guests: GuestSeed[] };
  recap?: RecapSeed;
  /** The cover photo (db/seed/images) and its alt text. */
  cover?: { photo: DemoPhoto; alt: string };
};

// Recap texts: "{date}" becomes the event's date ("26 September") when the demo is loaded.
export const symposiumRecap = `On {date}, IPI, together with the Norwegian Ministry of Foreign Affairs, cohosted the thirteenth annual Trygve Lie Symposium on “Human Rights and the 2030 Agenda.”

Leaving no one behind is a core principle of the 2030 Agenda for Sustainable Development, which all member states committed to in 2015. One path to achieving this principle is through rule of law and strong and inclusive political institutions that respect the norms and values enshrined in the Universal Declaration of Human Rights and the subsequent human rights instruments developed by the international community.

This year’s Trygve Lie Symposium brought together high-level government and UN officials, experts, and civil society representatives to discuss and address how the international community can promote and ensure the incorporation of human rights frameworks into the sustainability agenda. Presentations reflected on why having strong and inclusive political institutions that respect human rights is necessary for achieving the Sustainable Development Goals (SDGs) enshrined in the 2030 Agenda.

**Welcoming remarks:**
The Honorable Kevin Rudd, former Prime Minister of Australia and the Chair of IPI’s Board of Directors

**Opening remarks and moderator:**
H.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs, Norway

**Speakers:**
H.E. Ms. Shirley Ayorkor Botchway, Minister of Foreign Affairs, Ghana
H.E. Ms. Michelle Bachelet, High Commissioner for Human Rights, United Nations
H.E. Dr. Kevin Casas-Zamora, Secretary-General, International IDEA
Mr. Achim Steiner, Administrator of the United Nations Development Programme
Mr. Maina Kiai, Former United Nations Special Rapporteur on the Rights to Freedom of Peaceful Assembly and of Association
`;

/** The roundtable's recap as the institute published it, held under the Chatham House rule. */
export const roundtableRecap = `The United Nations agendas for Women, Peace, and Security (WPS) and for Protection of Civilians (POC) both deal with protecting vulnerable populations. The comparison of these two agendas and opportunities to enhance protection were the focus of a {date} IPI-Canada roundtable discussion, held under the Chatham House rule of non-attribution.

Discussants expressed concern that protection of women from sexual violence has been prioritized over other forms of gendered violence, such as female genital mutilation, child marriage, sexual violence against men and LGBTQ communities, trafficking, and domestic violence. One reason, agreed participants, is that gender-based violence is chronically underfunded. In addition, women are often appointed as gender experts solely because of their sex.

The experts lamented the fact that women tend to be seen only as victims of violence and not as agents of protection from violence. To overcome this barrier, speakers highlighted the need for more female uniformed and civilian personnel on the ground in peacekeeping missions with POC mandates and involved in developing POC strategy. Even so, they noted, women’s participation is often treated with a tokenistic, “tick the box” approach.

In order to insure that peacekeeping missions better and more safely engage communities, especially with women, participants agreed that accountability measures in peacekeeping should be strengthened, and that it was necessary to embrace a wider understanding of “protection.” One way to do this, they said, was to frame accountability around the UN Sustainable Development Goals, since UN member state governments have made public commitments to concrete goals and indicators and to carry out certain gender-sensitive measures of protection.

To truly mainstream these concepts, discussants suggested it would be useful to conduct local analysis in conflict communities and examine intercommunal conflicts. Speakers said that the strategic integration points of the WPS and POC agendas were climate change, gender-based violence, and sexual and reproductive health and rights.

The second session of the workshop focused on research questions. Participants pointed out that gender considerations are often an afterthought in peace operations, and explored ways to implement POC that do not reinforce the stereotype of women as victims. They pointed out programs that have been working well and recommended monitoring and scaling up these efforts.

One question that arose was whether domestic violence should be addressed in POC mandates. Discussants argued that intimate partner violence is not unrelated to conflict, and that it must be included in gender-based violence analysis and action. However, doubts were raised as to whether military and police personnel, who are the primary actors in peacekeeping, were the right people to address this intimate type of violence.

Finally, participants discussed how best to incorporate male victims in protection peacekeeping mandates and pointed out that because of patriarchal systems of power, the threats men and boys face are under-reported and protection of men and boys receives less attention. Discussants highlighted the fact that “gender” is not specific to women and that to say, “we need more women in peace operations to carry out the WPS agenda” takes the onus off of men to implement the WPS agenda and reinforces the stereotype of women as victims and men as perpetrators of violence.`;

const afghanistanRecap = `The international community’s role in supporting women as vital stakeholders in an inclusive and enduring peace in Afghanistan was the subject of an IPI policy forum cosponsored by Cordaid, the Georgetown Institute for Women, Peace and Security, and the NYU Center for Global Affairs.

Rina Amiri, Senior Fellow at the NYU center and longtime expert on peace and reconciliation in Afghanistan, said that while the world’s weariness with the ongoing Afghan war was speeding up people’s eagerness to come up with a way to end it, it was also resulting in concessions being made on earlier promises of inclusion. “Women’s rights and inclusion has moved from an absolute priority of the international community to something that is relegated just to inter-Afghan talks,” she said. IPI Senior Fellow Sarah Taylor spoke of a disturbing discordance between the pledges of UN member states to the women, peace and security agenda and the reality that women are still being kept from positions of power and influence 19 years after the passage of the landmark resolution 1325.

Storai Tapesh, Deputy Executive Director, Afghan Women’s Network, said that recent peace negotiations between the Taliban and the United States in Doha allowed for more women’s participation than in past talks but still did not attract the necessary support from the international community. “It was us, the women of Afghanistan, who were putting important issues on the table,” she said. Clarifying the kind of support they needed, she added, “Afghan women do not want you to fight our battles; we need support for our voices and space to advocate for peace.”

Karen Pierce, Permanent Representative of the United Kingdom to the United Nations, said, “More than half of all peace processes collapse within five years if they don’t have sustainable provisions, and those sustainable provisions have been shown in well-documented evidence to include gender and women’s provisions.” Asked by the moderator, Jake Sherman, director of IPI’s Brian Urquhart Center for Peace Operations, how to balance the push for women’s rights with the push for a peace accord, she said that a difficult argument “isn’t an argument for not making it. You do it incrementally, you do it gradually, but above all, you do it steadily, don’t go backward.”

Teresa Whitfield, Director, Policy and Mediation Division, UN Department of Political and Peacebuilding Affairs, said that actions to include women in peace processes had to go beyond the numbers. “We need to normalize the process that women have substantive contributions in peace processes and not just that there are two women at the table,” she said. “The demand for Afghan women’s rights comes from Afghan women, and that’s what needs to be represented in some shape or form at the table in the peace process.”`;

const minuscaRecap = `The past year has seen a reduction of organized violence in the Central African Republic (CAR) and progress in advancing the political process and restoring and extending state authority. However, challenges remain under each of these objectives, including persistent low-level insecurity, violations of the Political Agreement for Peace and Reconciliation in CAR (APPR), and difficulty redeploying civilian state administrators outside of Bangui.

IPI, the Stimson Center, and Security Council Report organized a workshop to discuss MINUSCA’s mandate and political strategy. It offered a platform for member states and UN actors to develop a shared understanding and common strategic assessment of the situation in CAR, ahead of the mission’s mandate renewal.

Participants agreed that MINUSCA’s current mandate and posture have generally given the mission the flexibility it needs to respond to evolving conflict dynamics and political developments. Most therefore did not envision large changes to the mandate but suggested small adjustments, including authorizing MINUSCA to support the APPR, strengthening its mandate to restore and extend state authority, mandating it to support elections, and authorizing it to coordinate international partners in CAR.`;

// In the order the events desk would list them: next up first, then the past, then unfinished work.
export const events: EventSeed[] = [
  {
    title: "An Agenda for the People by the People: Consolidating Peace and Advancing Development in Sierra Leone",
    cover: { photo: "panel-stage.jpg", alt: "Four panellists seated at a long table on a stage, a screen in navy and teal behind them, the audience in the foreground" },
    subtitle: "A high-level policy forum",
    summary:
      "Sierra Leone has been at the forefront of localizing peace and development through a people-centered approach. The forum highlights the outcomes of this unique experience and how it can be translated in other contexts.",
    description:
      "Over the past twelve years, the Sierra Leonean civil society organization Fambul Tok, its US-based funder and partner Catalyst for Peace, and the people of Sierra Leone have built an infrastructure that puts people and communities at the center of peace and development. This infrastructure is based on the People’s Planning Process (PPP), an inclusive organizing and planning process which after a successful pilot led to drafting a national policy framework, the Wan Fambul National Framework for Inclusive Governance and Local Development (WFNF). The WFNF has been incorporated into Sierra Leone’s National Development Plan 2019–2023 as a priority, and can help put into practice Sustainable Development Goals 5 (gender equality), 16 (peace, justice, and strong institutions), and 17 (partnerships).",
    format: "policy_forum",
    visibility: "public",
    attribution: "on_record",
    program: "sustainableDevelopment",
    venue: "trygveLieCenter",
    day: 5,
    start: "10:00",
    minutes: 120,
    capacity: 120,
    rsvpDaysBefore: 2,
    livestream: true,
    cohosts: ["sierraLeone", "catalystForPeace"],
    speakers: {
      welcoming_remarks: ["rodLarsen"],
      opening_remarks: ["alghali"],
      speaker: ["kaiKai", "chambas", "caulker", "hoffman"],
      moderator: ["leivaRoesch"],
      closing_remarks: ["lamina"],
    },
    agenda: [
      { offset: 0, minutes: 20, title: "Welcoming and opening remarks", livestreamed: true },
      {
        offset: 20,
        minutes: 85,
        title: "Panel discussion",
        description: "The People’s Planning Process and the Wan Fambul National Framework, moderated by Jimena Leiva Roesch.",
        livestreamed: true,
      },
      { offset: 105, minutes: 15, title: "Closing remarks", livestreamed: true },
    ],
  },
  {
    title: "MIKTA and the Future of UN Peacekeeping",
    subtitle: "A seminar at IPI’s MENA office in Manama",
    summary:
      "What contributions have Mexico, Indonesia, the Republic of Korea, Turkey, and Australia made to UN peacekeeping operations, and how can MIKTA model international cooperation to address the future challenges of peacekeeping?",
    description:
      "Government officials, ambassadors, representatives of civil society, the private sector, and the media discuss priorities for strengthening peacekeeping initiatives, and the successes and challenges their countries have found in peacekeeping missions. MIKTA aims to strengthen multilateralism and global governance structures at a critical time of mistrust in the multilateral system. With the UN’s Action for Peacekeeping initiative (A4P) under way, this is an opportune time to reflect on the contribution that MIKTA can make to peacekeeping both collectively and individually. The presentations are followed by an interactive session with the audience.",
    format: "seminar",
    visibility: "public",
    attribution: "on_record",
    program: "mena",
    venue: "manama",
    day: 9,
    start: "18:00",
    minutes: 120,
    capacity: 60,
    rsvpDaysBefore: 2,
    speakers: { speaker: ["pusparini", "mulyono", "demirciler", "kim", "friji"] },
    invitations: {
      sentDaysAgo: 12,
      guests: [
        { person: "mahmood", status: "accepted" },
        { person: "bellato", status: "accepted" },
        { person: "benkhayi", status: "invited" },
        { person: "gahriani", status: "declined", message: "With regret; the Ambassador is travelling that week." },
        { person: "sharkawi", status: "accepted" },
        { person: "hussein", status: "accepted", source: "registered" },
      ],
    },
  },
  {
    title: "Human Rights and the 2030 Agenda",
    subtitle: "The thirteenth annual Trygve Lie Symposium",
    summary:
      "Leaving no one behind is a core principle of the 2030 Agenda for Sustainable Development. The symposium asks how the international community can ensure the incorporation of human rights frameworks into the sustainability agenda.",
    description:
      "One path to leaving no one behind is through rule of law and strong and inclusive political institutions that respect the norms and values enshrined in the Universal Declaration of Human Rights and the subsequent human rights instruments developed by the international community. This year’s Trygve Lie Symposium brings together high-level government and UN officials, experts, and civil society representatives to discuss why having strong and inclusive political institutions that respect human rights is necessary for achieving the Sustainable Development Goals enshrined in the 2030 Agenda.",
    format: "symposium",
    visibility: "public",
    attribution: "on_record",
    program: "sustainableDevelopment",
    venue: "trygveLieCenter",
    day: -38,
    invitations: {
      sentDaysAgo: 70,
      guests: [
        { person: "soreide", status: "accepted", arrived: true },
        { person: "bachelet", status: "accepted", arrived: true },
        { person: "steiner", status: "accepted", arrived: true },
        { person: "kiai", status: "accepted", arrived: true },
        { person: "pierce", status: "accepted", arrived: true },
        { person: "favre", status: "accepted", arrived: true },
        { person: "casasZamora", status: "accepted", arrived: true },
        { person: "amiri", status: "accepted" },
        { person: "botchway", status: "declined" },
        { person: "caulker", status: "invited" },
        { person: "hoffman", status: "accepted", source: "walk_in", arrived: true },
      ],
    },
    start: "13:15",
    minutes: 90,
    capacity: 120,
    rsvpDaysBefore: 3,
    livestream: true,
    cohosts: ["norwayMfa"],
    speakers: {
      welcoming_remarks: ["rudd"],
      opening_remarks: ["soreide"],
      speaker: ["botchway", "bachelet", "casasZamora", "steiner", "kiai"],
      moderator: ["soreide"],
    },
    recap: {
      status: "published",
      body: symposiumRecap,
      topics: ["Human rights", "2030 Agenda", "Sustainable Development Goals"],
      links: [
        { kind: "video", title: "Watch the symposium (1 h 30 min)", url: "https://video.example.org/ipi/trygve-lie-symposium-human-rights-2030-agenda" },
        { kind: "publication", title: "Transforming our world: the 2030 Agenda for Sustainable Development", url: "https://publications.example.org/2030-agenda" },
      ],
    },
  },
  {
    title: "A Necessary Voice: Small States, International Law, and the UN Security Council",
    cover: { photo: "lectern-flags.jpg", alt: "A speaker at a wooden lectern before a row of national flags" },
    subtitle: "Launch of the IPI policy paper by Adam Lupel and Lauri Mälksoo",
    summary:
      "Small states on the Security Council are well-placed to provide an important, credible voice with moral authority to remind all member states of their obligations under international law.",
    description:
      "Recent years have witnessed several cases where small states have driven debates on the Security Council defending international law and the rule-based order, in particular international humanitarian law. In early 2016, New Zealand initiated discussion on a possible resolution to reinforce that bedrock of IHL; five penholders from Egypt, Japan, New Zealand, Spain, and Uruguay negotiated a resolution reminding member states that intentionally directed attacks on health facilities and medical workers during armed conflict are war crimes. It was adopted unanimously, with eighty-five member states as co-sponsors. The authors present the paper, followed by an extensive Q&A session.",
    format: "launch",
    visibility: "public",
    attribution: "on_record",
    program: "multilateralism",
    venue: "vienna",
    day: 16,
    start: "17:00",
    minutes: 90,
    capacity: 80,
    rsvpDaysBefore: 3,
    livestream: true,
    speakers: { speaker: ["lupel", "malksoo"], moderator: ["salovaara"] },
    agenda: [
      { offset: 0, minutes: 30, title: "Presentation of the paper", livestreamed: true },
      { offset: 30, minutes: 60, title: "Discussion and Q&A", livestreamed: true },
    ],
  },
  {
    title: "Women, Peace and Security and the Protection of Civilians",
    subtitle: "An IPI–Canada roundtable",
    summary:
      "The United Nations agendas for Women, Peace, and Security (WPS) and for Protection of Civilians (POC) both deal with protecting vulnerable populations. The roundtable compares the two agendas and looks for opportunities to enhance protection.",
    description:
      "Discussants consider why protection of women from sexual violence has been prioritized over other forms of gendered violence, such as female genital mutilation, child marriage, sexual violence against men and LGBTQ communities, trafficking, and domestic violence, and how women can be seen not only as victims of violence but as agents of protection. A second session turns to research questions: implementing POC without reinforcing the stereotype of women as victims, whether domestic violence belongs in POC mandates, and how to incorporate male victims in protection mandates. Held under the Chatham House rule of non-attribution.",
    format: "roundtable",
    visibility: "public",
    attribution: "chatham_house",
    program: "wps",
    venue: "trygveLieCenter",
    day: -4,
    start: "10:00",
    minutes: 150,
    capacity: 30,
    rsvpDaysBefore: 5,
    cohosts: ["canada"],
    speakers: { discussant: ["taylor", "sherman"] },
    agenda: [
      { offset: 0, minutes: 10, title: "Opening remarks", attribution: "on_record" },
      { offset: 10, minutes: 70, title: "Discussion: comparing the WPS and POC agendas", attribution: null, speakers: ["taylor", "sherman"] },
      { offset: 80, minutes: 70, title: "Second session: research questions", attribution: null, speakers: ["taylor", "sherman"] },
    ],
    invitations: {
      sentDaysAgo: 6,
      guests: [
        { person: "whitfield", status: "accepted" },
        { person: "amiri", status: "accepted", accessibility: "Step-free access to the room, please." },
        { person: "tapesh", status: "invited" },
        { person: "lindborg", status: "declined" },
        { person: "erdberg", status: "accepted", source: "registered" },
        { person: "elshami", status: "waitlisted" },
        { person: "seraj", status: "not_sent" },
      ],
    },
    recap: {
      status: "draft",
      body: roundtableRecap,
      topics: ["Women, Peace and Security", "Protection of civilians", "Peacekeeping"],
    },
  },
  {
    title: "Sigh of Relief Reception",
    subtitle: "Marking the end of the high-level week of the General Assembly",
    summary:
      "IPI’s traditional “Sigh of Relief” party commemorates the end of the event-filled high-level week beginning the new session of the United Nations General Assembly, with the President of the General Assembly as guest of honor.",
    description:
      "The guest of honor, the President of the General Assembly, outlines his priorities for the year ahead, among them poverty and hunger eradication, combating the effects of climate change, and promoting quality education and inclusion. Once the high-level visitors have returned home, everyone can breathe a collective “sigh of relief.”",
    format: "reception",
    visibility: "invitation_only",
    attribution: "on_record",
    program: "multilateralism",
    venue: "trygveLieCenter",
    day: 30,
    start: "17:00",
    minutes: 120,
    capacity: 120,
    rsvpDaysBefore: 7,
    plusOnesAllowed: true,
    speakers: { welcoming_remarks: ["rodLarsen"], keynote: ["muhammadBande"] },
    invitations: {
      sentDaysAgo: 10,
      guests: [
        {
          person: "leDrian",
          status: "accepted",
          onBehalfOfName: "Cabinet of the Minister",
          onBehalfOfEmail: "cabinet@diplomatie.example.org",
        },
        { person: "maas", status: "invited" },
        { person: "pierce", status: "invited" },
        { person: "favre", status: "accepted" },
        { person: "lindborg", status: "accepted", plusOneName: "Ms. Leanne Erdberg" },
        { person: "tapesh", status: "accepted", plusOneName: "Ms. Mahbouba Seraj" },
        { person: "amiri", status: "declined" },
        { person: "casasZamora", status: "waitlisted" },
        { person: "kiai", status: "not_sent" },
      ],
    },
  },
  {
    title: "United Nations Peace Operations and Partnerships",
    cover: { photo: "dinner-candles.jpg", alt: "Guests seated along a candlelit dinner table laid with white linen" },
    subtitle: "The seventh annual ministerial dinner on UN peace operations",
    summary:
      "Co-organized with the governments of Finland, Indonesia, Rwanda, and Uruguay on the sidelines of the UN General Assembly, the dinner focuses on strengthening partnership between the UN, regional organizations, and sub-regional organizations.",
    description:
      "Partnerships between the UN and regional arrangements, including the African Union, European Union, and regional economic communities, have become an important means of addressing complex peace and security challenges. In the Central African Republic, Mali, Somalia, and elsewhere, responsibility for peacemaking and peacekeeping is shared among multiple entities. Regional and sub-regional organizations often act as first responders in a crisis, drawing on political relationships, contextual understanding, and a willingness to act that complement the role of the UN. Foreign ministers and high-level delegates from capitals examine the contemporary dynamics of these partnerships, with particular attention to the UN and the AU.",
    format: "dinner",
    visibility: "invitation_only",
    attribution: "chatham_house",
    program: "peaceOperations",
    venue: "finlandMission",
    day: 30,
    start: "19:30",
    minutes: 150,
    // The ministers' table: full, with two waiting in line.
    capacity: 4,
    rsvpDaysBefore: 10,
    plusOnesAllowed: false,
    askDietary: true,
    cohosts: ["finland", "indonesia", "rwanda", "uruguay"],
    invitations: {
      sentDaysAgo: 14,
      guests: [
        { person: "salovaara", status: "accepted", dietary: "Vegetarian" },
        { person: "mulyono", status: "accepted", dietary: "Halal" },
        { person: "pierce", status: "accepted", dietary: "No nuts" },
        { person: "steiner", status: "accepted" },
        { person: "chambas", status: "invited" },
        { person: "leDrian", status: "invited" },
        { person: "whitfield", status: "declined" },
        { person: "maas", status: "waitlisted" },
        { person: "pusparini", status: "waitlisted" },
        { person: "favre", status: "not_sent" },
      ],
    },
  },
  // The seated dinner: guests, ranks and tables come from db/seed/seating-demo.ts.
  {
    title: "Regional Partnerships for Peace: A Ministerial Dinner",
    subtitle: "A seated dinner for foreign ministers and heads of mission",
    summary:
      "Foreign ministers, permanent representatives and the African Union's peace and security leadership on how the UN and regional organizations share the work of peace operations.",
    description:
      "A seated dinner for ministers and heads of mission, hosted by IPI, on the division of labour between UN peace operations and regional and sub-regional organizations, and on what a stronger partnership between the UN and the African Union would ask of member states.",
    format: "dinner",
    visibility: "invitation_only",
    attribution: "chatham_house",
    program: "peaceOperations",
    venue: "finlandMission",
    day: 40,
    start: "19:30",
    minutes: 150,
    capacity: 60,
    rsvpDaysBefore: 10,
    plusOnesAllowed: true,
    askDietary: true,
  },
  {
    title: "Forces Operating in Parallel to UN Peace Operations",
    subtitle: "Briefing on IPI’s report on parallel forces",
    summary:
      "Since the end of the Cold War, the UN Security Council has authorized or recognized the deployment of more than forty parallel forces that operate alongside UN peace operations. Are they partners or competitors?",
    description:
      "As the Security Council has deployed peace operations in increasingly non-permissive environments, the division of labor between UN missions and these parallel forces has blurred, and their goals have sometimes come into conflict. The report categorizes the types of parallel forces that have been deployed, examines the rationales for deploying them, looks at the strategic and operational challenges, including those unique to peace operations operating alongside a counterterrorism force, and offers recommendations for member states, the Security Council, and the UN Secretariat.",
    format: "briefing",
    visibility: "public",
    attribution: "on_record",
    program: "peaceOperations",
    venue: "trygveLieCenter",
    day: -10,
    invitations: {
      sentDaysAgo: 30,
      guests: [
        { person: "whitfield", status: "accepted", arrived: true },
        { person: "favre", status: "accepted", arrived: true },
        { person: "mulyono", status: "accepted", arrived: true },
        { person: "chambas", status: "accepted", arrived: true },
        { person: "pusparini", status: "accepted" },
        { person: "leDrian", status: "invited" },
        { person: "maas", status: "declined" },
        { person: "erdberg", status: "accepted", source: "walk_in", arrived: true },
      ],
    },
    start: "10:00",
    minutes: 75,
    capacity: 60,
    rsvpDaysBefore: 2,
    speakers: { moderator: ["sherman"] },
  },
  {
    title: "Afghan Women and an Inclusive, Enduring Peace",
    subtitle: "A policy forum",
    summary:
      "The international community’s role in supporting women as vital stakeholders in an inclusive and enduring peace in Afghanistan.",
    description:
      "While the world’s weariness with the ongoing Afghan war is speeding up people’s eagerness to come up with a way to end it, it is also resulting in concessions being made on earlier promises of inclusion. What are the arguments that need to be made, how can the international community move from lip service to genuine commitment, and what are the ways to think about inclusion and process design?",
    format: "policy_forum",
    visibility: "public",
    attribution: "on_record",
    program: "wps",
    venue: "trygveLieCenter",
    day: -25,
    invitations: {
      sentDaysAgo: 50,
      guests: [
        { person: "tapesh", status: "accepted", arrived: true },
        { person: "seraj", status: "accepted", arrived: true },
        { person: "amiri", status: "accepted", arrived: true },
        { person: "pierce", status: "accepted", arrived: true },
        { person: "clark", status: "accepted", arrived: true },
        { person: "whitfield", status: "accepted", arrived: true },
        { person: "bokova", status: "accepted" },
        { person: "lindborg", status: "declined" },
        { person: "botchway", status: "invited" },
      ],
    },
    start: "13:15",
    minutes: 90,
    capacity: 120,
    rsvpDaysBefore: 3,
    livestream: true,
    cohosts: ["cordaid", "giwps", "nyuCga"],
    speakers: {
      speaker: ["amiri", "taylor", "tapesh", "pierce", "whitfield"],
      moderator: ["sherman"],
    },
    recap: {
      status: "published",
      body: afghanistanRecap,
      lead: { photo: "city-dusk.jpg", alt: "The Manhattan skyline at dusk across the East River", caption: "New York on the evening of the forum, seen from the institute’s offices." },
      topics: ["Afghanistan", "Women, Peace and Security", "Peace processes"],
      links: [
        { kind: "video", title: "Watch the full forum (1 h 32 min)", url: "https://video.example.org/ipi/afghan-women-inclusive-peace" },
        { kind: "coverage", title: "UN News: Afghan women call for a seat at the peace table", url: "https://news.example.org/afghan-women-peace-process-forum" },
        { kind: "publication", title: "The 10 Steps: Turning Women, Peace and Security Commitments to Implementation", url: "https://publications.example.org/gaps-10-steps" },
      ],
    },
  },
  {
    title: "MINUSCA’s Mandate and Political Strategy",
    cover: { photo: "roundtable.jpg", alt: "Participants seen from above around an oval table with papers and water glasses" },
    subtitle: "A workshop with the Stimson Center and Security Council Report",
    summary:
      "A platform for member states and UN actors to develop a shared understanding and common strategic assessment of the situation in the Central African Republic ahead of the renewal of MINUSCA’s mandate.",
    description:
      "The past year has seen a reduction of organized violence in the Central African Republic and progress in advancing the political process and restoring and extending state authority. However, almost no progress has been made on addressing the underlying drivers of violence, including challenges related to identity, citizenship, and inclusion. The discussion is intended to help the Security Council make informed decisions with respect to the strategic orientation, prioritization, and sequencing of the mission’s mandate.",
    format: "workshop",
    visibility: "public",
    attribution: "chatham_house",
    program: "peaceOperations",
    venue: "trygveLieCenter",
    day: -40,
    // Held under the Chatham House rule: counted in the year's totals, never in a table by organization.
    invitations: {
      sentDaysAgo: 60,
      guests: [
        { person: "salovaara", status: "accepted", arrived: true },
        { person: "favre", status: "accepted", arrived: true },
        { person: "chambas", status: "accepted", arrived: true },
        { person: "whitfield", status: "accepted", arrived: true },
        { person: "pierce", status: "accepted" },
      ],
    },
    start: "09:30",
    minutes: 210,
    capacity: 50,
    rsvpDaysBefore: 5,
    cohosts: ["stimson", "securityCouncilReport"],
    recap: {
      status: "draft",
      body: minuscaRecap,
      topics: ["Central African Republic", "MINUSCA", "Security Council"],
    },
  },
  {
    title: "People Power and Preventing Violent Extremism: What is Working?",
    subtitle: "A policy forum",
    summary:
      "In some of the most fragile states and communities around the globe, effective prevention of violent extremism is happening at the grass roots level.",
    description:
      "Local actors, groups, and organizations fill several important roles that counter the influence of violent groups, including paving the way for nonviolent conflict transformation, providing space to strengthen practices that give local communities a stake in their own future, and delivering the positive psychological and social benefits of being part of a movement or peacebuilding effort. Nonviolent action can provide an alternative method for people to address grievances while simultaneously strengthening community roots, and building up a culture of dialogue between public actors and grassroots actors is an additional central line of action.",
    format: "policy_forum",
    visibility: "public",
    attribution: "on_record",
    program: "peaceOperations",
    venue: "trygveLieCenter",
    day: -60,
    invitations: {
      sentDaysAgo: 90,
      guests: [
        { person: "alhamza", status: "accepted", arrived: true },
        { person: "morton", status: "accepted", arrived: true },
        { person: "caulker", status: "accepted", arrived: true },
        { person: "kiai", status: "accepted", arrived: true },
        { person: "steiner", status: "accepted", arrived: true },
        { person: "pout", status: "accepted" },
        { person: "lindborg", status: "declined" },
        { person: "maas", status: "invited" },
      ],
    },
    start: "10:00",
    minutes: 120,
    capacity: 120,
    rsvpDaysBefore: 3,
    livestream: true,
    cohosts: ["usip", "swissFdfa"],
    speakers: {
      welcoming_remarks: ["rodLarsen", "lindborg"],
      opening_remarks: ["favre"],
      speaker: ["alhamza", "pout", "elshami", "morton", "erdberg"],
      moderator: ["sherman"],
    },
  },
  {
    title: "Staff Meeting with the US State Department’s Civil Society Delegation of African Women Leaders",
    summary:
      "IPI’s Women, Peace and Security program meets women leaders from eighteen countries to exchange expertise on promoting peace and security through a gender lens.",
    description:
      "Sarah Taylor describes IPI’s research on the status of Resolution 1325, and the delegation shares reflections on their country situations and issues specific to each context, such as terrorism by Boko Haram or the misinformation that has affected the conflict in Mali. For IPI staff and the delegation only.",
    format: "other",
    visibility: "internal",
    attribution: "off_record",
    program: "wps",
    venue: "trygveLieCenter",
    day: 3,
    start: "15:00",
    minutes: 60,
    capacity: 30,
    askAccessibility: false,
    speakers: { speaker: ["taylor"] },
  },
  {
    title: "The Importance of Multilateralism and Women’s Rights",
    subtitle: "A policy forum",
    status: "draft",
    summary:
      "Long-established norms regarding women’s rights are increasingly facing pushback, from the Commission on the Status of Women to the UN Security Council, even as women’s rights defenders are under threat at the community level.",
    description:
      "Changes in the nature of conflict, national and global trends towards populism, shifting centers of power, and contestation of international normative frameworks are testing the commitments whose anniversaries are approaching: the Beijing Declaration and Platform for Action (1995) and Security Council Resolution 1325 (2000). Speakers draw upon their experience to discuss women’s rights amid the current geopolitical context, the deeply gendered nature of current threats to multilateralism, and how the multilateral system can be grounded in respect for women’s rights and equal status.",
    format: "policy_forum",
    visibility: "public",
    attribution: "on_record",
    program: "wps",
    venue: "trygveLieCenter",
    day: 45,
    start: "13:15",
    minutes: 90,
    capacity: 120,
    rsvpDaysBefore: 3,
    speakers: {
      welcoming_remarks: ["lupel"],
      speaker: ["clark", "bokova"],
      moderator: ["taylor"],
    },
  },
];
