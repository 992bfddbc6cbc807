// The columns a people CSV may have, and the header names people actually
// use for them: exports from Outlook, Excel lists and registration tools all
// say "First name" where the directory says "Given name".

export const CSV_COLUMNS = ["honorific", "givenName", "familyName", "positionTitle", "affiliation", "email", "precedenceClass", "credentialsDate"] as const;
/** The columns of an exported directory list. */
export const LISTED_COLUMNS = ["honorific", "givenName", "familyName", "positionTitle", "affiliation", "email"] as const satisfies readonly CsvColumn[];
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ["givenName", "familyName"];

const COLUMN_LABELS: Record<CsvColumn, string> = {
  honorific: "Honorific", givenName: "Given name", familyName: "Family name", positionTitle: "Title", affiliation: "Affiliation", email: "Email",
  precedenceClass: "Precedence", credentialsDate: "Credentials date",
};
export const columnLabel = (column: CsvColumn): string => COLUMN_LABELS[column];

const ALIASES: Record<CsvColumn, readonly string[]> = {
  honorific: ["honorific", "honorifics", "salutation", "prefix", "courtesytitle"],
  givenName: ["givenname", "givennames", "firstname", "firstnames", "forename", "forenames", "first", "given"],
  familyName: ["familyname", "lastname", "surname", "last", "family"],
  positionTitle: ["title", "position", "positiontitle", "jobtitle", "designation"],
  affiliation: ["affiliation", "organization", "organisation", "org", "company", "institution", "employer"],
  email: ["email", "emailaddress", "mail", "emails", "workemail"],
  precedenceClass: ["precedence", "precedenceclass", "rank", "protocolrank"],
  credentialsDate: ["credentialsdate", "dateofcredentials", "credentials", "credentialspresented"],
};

const BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.flatMap((c) => ALIASES[c].map((a) => [a, c] as const)));

/** "First Name", "first_name" and "FIRST-NAME" are all the given name. */
export function columnForHeader(header: string): CsvColumn | null {
  const key = header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  return BY_KEY.get(key) ?? null;
}
