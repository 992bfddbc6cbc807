// One way to write a person everywhere: "H.E. Ms. Helen Clark, Former Prime
// Minister of New Zealand" — honorific, name, then title and affiliation.
export type NamedPerson = {
  honorific?: string | null;
  givenName: string;
  familyName: string;
  positionTitle?: string | null;
  affiliation?: string | null;
};

/** A person as lists, files and imports carry them: the name's parts and the email. */
export type ListedPerson = {
  honorific: string | null;
  givenName: string;
  familyName: string;
  positionTitle: string | null;
  affiliation: string | null;
  email: string | null;
};

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

export function personName(p: NamedPerson): string {
  return [clean(p.honorific), clean(p.givenName), clean(p.familyName)].filter(Boolean).join(" ");
}

/** "Former Prime Minister of New Zealand" or "Senior Fellow, International Peace Institute". */
export function personCredentials(p: NamedPerson): string {
  const title = clean(p.positionTitle);
  const affiliation = clean(p.affiliation);
  if (!title) return affiliation;
  if (!affiliation) return title;
  // Avoid "Minister of Foreign Affairs, Norway" turning into a repeat when the
  // title already names the affiliation ("President, IPI" vs "IPI President").
  if (title.toLowerCase().includes(affiliation.toLowerCase())) return title;
  return `${title}, ${affiliation}`;
}

export function displayName(p: NamedPerson): string {
  const credentials = personCredentials(p);
  return credentials ? `${personName(p)}, ${credentials}` : personName(p);
}

/** For sorting door lists and directories: family name, then given name. */
export function sortKey(p: NamedPerson): string {
  return `${clean(p.familyName)} ${clean(p.givenName)}`.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
