import { inArray } from "drizzle-orm";
import * as s from "@/db/schema";
import type { Db } from "@/db/types";
import type { PRECEDENCE_CLASSES } from "@/db/enum-values";

// The seated dinner of the demo: about forty accepted guests of mixed rank
// (precedence classes, dates of credentials, a few delegations of two or
// three), two hosts and a guest of honour, a head table of 10 and three
// rounds of 10, nobody seated yet: "Seat by protocol" is the one click.

export const SEATED_DINNER_TITLE = "Regional Partnerships for Peace: A Ministerial Dinner";

type Guest = [honorific: string, given: string, family: string, title: string, affiliation: string, cls: (typeof PRECEDENCE_CLASSES)[number], credentials?: string, extra?: { role?: "host" | "guest_of_honour"; plusOne?: string }];

const GUESTS: Guest[] = [
  ["Mr.", "Daniel", "Okonkwo-Reyes", "President", "International Peace Institute", "staff", undefined, { role: "host" }],
  ["Ms.", "Ingrid", "Halvorsen", "Vice President", "International Peace Institute", "staff", undefined, { role: "host" }],
  ["H.E. Ms.", "Aino", "Virtanen", "Minister for Foreign Affairs", "Finland", "deputy_head_or_foreign_minister", undefined, { role: "guest_of_honour" }],
  ["H.E. Mr.", "Budi", "Santoso", "Minister for Foreign Affairs", "Indonesia", "deputy_head_or_foreign_minister"],
  ["H.E. Ms.", "Claudine", "Uwase", "Minister of State for Regional Cooperation", "Rwanda", "minister"],
  ["H.E. Mr.", "Martín", "Ferreira", "Minister of Defence", "Uruguay", "minister", undefined, { plusOne: "Ms. Lucía Ferreira" }],
  ["H.E. Mr.", "Kwame", "Mensah", "Commissioner for Political Affairs, Peace and Security", "African Union", "head_of_international_organization"],
  ["H.E. Ms.", "Sofia", "Lindqvist", "Permanent Representative", "Sweden", "ambassador", "2019-09-12"],
  ["H.E. Mr.", "Matti", "Korhonen", "Permanent Representative", "Finland", "ambassador", "2021-02-03"],
  ["H.E. Ms.", "Dewi", "Lestari", "Permanent Representative", "Indonesia", "ambassador", "2020-06-18"],
  ["H.E. Mr.", "Jean-Paul", "Habimana", "Permanent Representative", "Rwanda", "ambassador", "2018-11-05"],
  ["H.E. Ms.", "Valeria", "Suárez", "Permanent Representative", "Uruguay", "ambassador", "2022-01-20"],
  ["H.E. Mr.", "Tomás", "Novák", "Permanent Representative", "Czechia", "ambassador", "2017-04-27"],
  ["H.E. Ms.", "Amina", "Diallo", "Permanent Representative", "Senegal", "ambassador", "2023-03-09"],
  ["H.E. Mr.", "Hiroshi", "Tanaka", "Permanent Representative", "Japan", "ambassador", "2021-10-14"],
  ["H.E. Ms.", "Fatima", "Al-Sayed", "Permanent Representative", "Jordan", "ambassador", undefined],
  ["H.E. Mr.", "Lars", "Eriksen", "Permanent Representative", "Norway", "ambassador", "2020-08-31", { plusOne: "Mr. Peter Holm" }],
  ["H.E. Ms.", "Grace", "Achieng", "Permanent Representative", "Kenya", "ambassador", "2019-01-15"],
  ["Mr.", "Rui", "Carvalho", "State Secretary for Foreign Affairs", "Portugal", "state_secretary"],
  ["Ms.", "Elena", "Petrova", "Director, Africa Division", "UN Department of Peace Operations", "head_of_international_organization"],
  ["Mr.", "Youssef", "Benali", "Chargé d'affaires a.i.", "Morocco", "charge_d_affaires", "2024-05-02"],
  ["Ms.", "Nadia", "Rahman", "Chargée d'affaires a.i.", "Bangladesh", "charge_d_affaires", "2023-11-20"],
  ["Ms.", "Laura", "Mäkinen", "Deputy Permanent Representative", "Finland", "deputy_permanent_representative", "2022-09-01"],
  ["Mr.", "Agus", "Wibowo", "Deputy Permanent Representative", "Indonesia", "deputy_permanent_representative", "2021-07-12"],
  ["Mr.", "Eric", "Nkurunziza", "Deputy Permanent Representative", "Rwanda", "deputy_permanent_representative", "2023-02-14"],
  ["Ms.", "Camila", "Rodríguez", "Deputy Permanent Representative", "Uruguay", "deputy_permanent_representative"],
  ["Mr.", "Samuel", "Osei", "Senior Political Adviser", "African Union", "other_official"],
  ["Ms.", "Helena", "Berg", "Counsellor, Peace and Security", "Finland", "other_official"],
  ["Mr.", "Putu", "Arya", "Counsellor", "Indonesia", "other_official"],
  ["Ms.", "Marie", "Dubois", "Head of Partnerships", "European Union Delegation to the UN", "other_official"],
  ["Dr.", "Adaeze", "Nwosu", "Senior Fellow", "International Peace Institute", "academic_or_civil_society"],
  ["Prof.", "Michael", "Hartmann", "Professor of International Relations", "Columbia University", "academic_or_civil_society"],
  ["Dr.", "Priya", "Raman", "Director of Research", "Stimson Center", "academic_or_civil_society"],
  ["Ms.", "Leila", "Haddad", "Executive Director", "Women in Peacebuilding Network", "academic_or_civil_society"],
  ["Mr.", "Jonas", "Weber", "Programme Officer", "Folke Bernadotte Academy", "academic_or_civil_society"],
  ["Ms.", "Chen", "Li", "Research Analyst", "International Peace Institute", "academic_or_civil_society"],
  ["Mr.", "Oscar", "Lindahl", "Events Officer", "International Peace Institute", "staff"],
  ["Ms.", "Rosa", "Méndez", "Policy Analyst", "International Peace Institute", "staff"],
];

const emailOf = (g: Guest) => `${g[1]}.${g[2]}`.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z.-]/g, "").toLowerCase() + "@seating.example.org";

/** Adds the seated dinner's guests (reused when already in the directory) and its empty tables. */
export async function seedSeatedDinner(db: Db, eventId: string, answeredAt: Date): Promise<number> {
  const emails = GUESTS.map(emailOf);
  await db
    .insert(s.people)
    .values(GUESTS.map((g, i) => ({ honorific: g[0], givenName: g[1], familyName: g[2], positionTitle: g[3], affiliation: g[4], precedenceClass: g[5], credentialsDate: g[6] ?? null, email: emails[i] })))
    .onConflictDoNothing();
  const people = await db.select({ id: s.people.id, email: s.people.email }).from(s.people).where(inArray(s.people.email, emails));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const rows = GUESTS.map((g, i) => ({
    eventId,
    personId: idOf.get(emails[i])!,
    status: "accepted" as const,
    invitedAt: new Date(answeredAt.getTime() - 86_400_000),
    respondedAt: new Date(answeredAt.getTime() + i * 60_000),
    seatingRole: g[7]?.role ?? null,
    plusOneName: g[7]?.plusOne ?? null,
    plusOnes: g[7]?.plusOne ? 1 : 0,
  }));
  await db.insert(s.invitations).values(rows);
  await db.insert(s.eventTables).values([
    { eventId, label: "Head table", shape: "round", seats: 10, isHead: true, position: 0 },
    { eventId, label: "1", shape: "round", seats: 10, position: 1 },
    { eventId, label: "2", shape: "round", seats: 10, position: 2 },
    { eventId, label: "3", shape: "round", seats: 10, position: 3 },
  ]);
  return rows.length;
}
