import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import { staff } from "@/lib/invitations/test-fixtures";
import { useTestDatabase } from "@/lib/test/db";
import { parsePeopleCsv } from "./csv";
import { importPeople } from "./import";
import { personSchema } from "./schema";

const person = { givenName: "Sofia", familyName: "Lindqvist" };

describe("precedence and date of credentials on a person", () => {
  it("takes a class by its value or its name, and a real past date", () => {
    expect(personSchema.parse({ ...person, precedenceClass: "ambassador", credentialsDate: "2019-09-12" })).toMatchObject({ precedenceClass: "ambassador", credentialsDate: "2019-09-12" });
    expect(personSchema.parse({ ...person, precedenceClass: "Permanent representative" }).precedenceClass).toBe("ambassador");
    expect(personSchema.parse({ ...person, precedenceClass: "Chargé d'affaires" }).precedenceClass).toBe("charge_d_affaires");
    expect(personSchema.parse({ ...person, precedenceClass: "", credentialsDate: " " })).toMatchObject({ precedenceClass: null, credentialsDate: null });
  });

  it("refuses an unknown class and a date that is not a real past day, in words", () => {
    const r = personSchema.safeParse({ ...person, precedenceClass: "Duke", credentialsDate: "2019-02-30" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages.precedenceClass).toMatch(/^Choose a precedence class/);
    expect(messages.credentialsDate).toBe("That date of credentials is not a real day");
    expect(personSchema.safeParse({ ...person, credentialsDate: "12/09/2019" }).error?.issues[0].message).toBe("Enter the date of credentials as YYYY-MM-DD, e.g. 2021-09-14");
    expect(personSchema.safeParse({ ...person, credentialsDate: "2999-01-01" }).error?.issues[0].message).toBe("The date of credentials cannot be in the future");
  });

  it("reads Precedence and Credentials date columns in a CSV, and reports every bad value by line", () => {
    const csv = [
      "Given name,Family name,Email,Precedence,Credentials date",
      "Sofia,Lindqvist,sofia@example.org,Ambassador,2019-09-12",
      "Budi,Santoso,budi@example.org,Duke,",
      "Aino,Virtanen,aino@example.org,Minister,31/12/2020",
      "Cy,Scholar,cy@example.org,,",
    ].join("\n");
    const { rows, errors } = parsePeopleCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0].message).toMatch(/^Unknown precedence “Duke”: use one of Head of state or government, /);
    expect(errors[1].message).toBe("Enter the date of credentials as YYYY-MM-DD, e.g. 2021-09-14");
    expect(rows.map((r) => [r.familyName, r.precedenceClass, r.credentialsDate])).toEqual([
      ["Lindqvist", "ambassador", "2019-09-12"],
      ["Scholar", null, null],
    ]);
  });

  it("leaves ranks alone when the file has no such columns", () => {
    const { rows } = parsePeopleCsv("Given name,Family name\nSofia,Lindqvist\n");
    expect(rows[0]).not.toHaveProperty("precedenceClass");
  });
});

describe("importing ranks", () => {
  const t = useTestDatabase();

  it("adds new people with their rank and updates the rank of people matched by email, never erasing with a blank", async () => {
    await t.db.insert(people).values({ givenName: "Matti", familyName: "Korhonen", email: "matti@example.org", precedenceClass: "other_official" });
    const result = await importPeople(
      t.db,
      staff,
      ["Given name,Family name,Email,Precedence,Credentials date", "Matti,Korhonen,matti@example.org,Ambassador,2021-02-03", "Dewi,Lestari,dewi@example.org,ambassador,2020-06-18"].join("\n"),
    );
    expect(result).toMatchObject({ ok: true, created: 1, updated: 1 });
    const [matti] = await t.db.select().from(people).where(eq(people.email, "matti@example.org"));
    expect([matti.precedenceClass, matti.credentialsDate]).toEqual(["ambassador", "2021-02-03"]);
    const [dewi] = await t.db.select().from(people).where(eq(people.email, "dewi@example.org"));
    expect([dewi.precedenceClass, dewi.credentialsDate]).toEqual(["ambassador", "2020-06-18"]);
    await importPeople(t.db, staff, "Given name,Family name,Email,Precedence\nMatti,Korhonen,matti@example.org,\n");
    const [still] = await t.db.select().from(people).where(eq(people.email, "matti@example.org"));
    expect(still.precedenceClass).toBe("ambassador");
  });
});
