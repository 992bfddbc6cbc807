import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { assets, settings } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { checkInQrPng, normalizeCheckInCode } from "@/lib/invitations/check-in-code";
import { DEFAULT_INSTITUTE } from "@/lib/settings/institute";
import { fittedFontSize, pages, seatHolder, seatedGuests, tableName, tablePlan, type PrintTable } from "./layout";
import { seatedDinner } from "./print-fixture";
import { isPrintKind, renderPrintDocument, type PrintKind } from "./render";
import { printTables } from "./queries";

/** The PDF read back as a reader would: its pages' text and their count. */
async function readPdf(bytes: Buffer) {
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  // Arabic comes back in presentation forms, which NFKC folds to the letters typed, with a control character for each mark glyph.
  const plain = (t: string) => t.normalize("NFKC").replace(/[\u0000-\u0008\u000b-\u001f]/g, "");
  return { totalPages, pages: text.map(plain), all: plain(text.join("\n")) };
}

const guest = (familyName: string, extra: Partial<PrintTable["assigned"][number]["guest"]> = {}) => ({
  invitationId: familyName,
  checkInCode: null,
  plusOneName: null,
  honorific: "Ms.",
  givenName: "A",
  familyName,
  ...extra,
});

describe("print layout", () => {
  it("names tables, orders the plan head table first and seats in order, and names a plus-one by their host", () => {
    expect(tableName("5")).toBe("Table 5");
    expect(tableName("12b")).toBe("Table 12b");
    expect(tableName(" Hammarskjöld ")).toBe("Hammarskjöld");
    const tables: PrintTable[] = [
      { id: "t2", label: "2", isHead: false, seats: 4, position: 2, assigned: [{ seat: 2, companion: 0, guest: guest("Zeta") }, { seat: 1, companion: 0, guest: guest("Alpha") }] },
      { id: "h", label: "Head table", isHead: true, seats: 3, position: 9, assigned: [{ seat: 1, companion: 1, guest: guest("Host", { plusOneName: "Mr. B Other" }) }] },
    ];
    const plan = tablePlan(tables);
    expect(plan.map((t) => t.name)).toEqual(["Head table", "Table 2"]);
    expect(plan[1].lines.map((l) => l.seat)).toEqual([1, 2]);
    expect(plan[1].empty).toBe(2);
    expect(plan[0].lines[0]).toMatchObject({ name: "Mr. B Other", credentials: "Guest of Ms. A Host" });
    expect(seatHolder({ companion: 1, guest: guest("Host") })).toEqual({ name: "Guest of Ms. A Host", credentials: "" });
    expect(seatedGuests(tables).map((g) => g.name)).toEqual(["Ms. A Alpha", "Mr. B Other", "Ms. A Zeta"]);
  });

  it("lays items out a page at a time and shrinks long names to fit", () => {
    expect(pages([1, 2, 3, 4, 5], 4)).toEqual([[1, 2, 3, 4], [5]]);
    expect(pages([], 4)).toEqual([]);
    expect(fittedFontSize("Ms. A B", 250, 24, 14)).toBe(24);
    expect(fittedFontSize("H.E. Mr. Sheikh Abdullah bin Zayed Al Nahyan, Minister", 250, 24, 14)).toBe(14);
  });

  it("knows its documents and no others", () => {
    expect(isPrintKind("badges")).toBe(true);
    expect(isPrintKind("toString")).toBe(false);
    expect(isPrintKind("../secrets")).toBe(false);
  });
});

describe("printed documents", () => {
  const t = useTestDatabase();
  // The Arabic name is read back word by word: a PDF's text comes out in the order the glyphs are set (right to left).
  const names = ["Søreide", "Mälksoo", "Ødegård-Núñez", "عبد", "الله"];

  async function render(kind: PrintKind, options = {}) {
    const { event, invitations } = await seatedDinner(t.db);
    return { event, invitations, pdf: await readPdf(await renderPrintDocument(t.db, event, kind, options)) };
  }

  it("the table plan: an overview page, then one page per table with its seats in order, accented and Arabic names included", async () => {
    const { pdf, event } = await render("table-plan");
    expect(pdf.totalPages).toBe(3);
    expect(pdf.pages[0]).toMatch(/T\s*A\s*B\s*L\s*E\s*P\s*L\s*A\s*N/i);
    expect(pdf.pages[0]).toContain("2 tables, 5 seated");
    for (const n of names) expect(pdf.pages[0]).toContain(n);
    expect(pdf.pages[1]).toMatch(/Head table[\s\S]*2 of 6 seats taken/);
    expect(pdf.pages[1]).toContain("Minister of Foreign Affairs, Norway");
    expect(pdf.pages[2]).toMatch(/Table 5[\s\S]*Mälksoo[\s\S]*Ødegård-Núñez[\s\S]*Kjetil Tronvoll/);
    expect(pdf.pages[2]).toContain("Guest of H.E. Ms. Ine Eriksen Søreide");
    expect(pdf.all).toContain("International Peace Institute");
    expect(pdf.all).not.toContain("Declined Guest");
    expect((await printTables(t.db, event.id)).flatMap((x) => x.assigned)).toHaveLength(5);
  });

  it("place cards: two tent cards a page, each name twice (once upside down), with the table", async () => {
    const { pdf } = await render("place-cards");
    expect(pdf.totalPages).toBe(3);
    expect(pdf.all.split("H.E. Ms. Ine Eriksen Søreide").length - 1).toBe(2);
    expect(pdf.all.split("Ødegård-Núñez").length - 1).toBe(2);
    expect(pdf.all).toContain("الله");
    expect(pdf.all).toContain("Table 5");
    const bare = await readPdf(await renderPrintDocument(t.db, (await seatedDinner(t.db)).event, "place-cards", { withTable: false }));
    expect(bare.all).not.toContain("Table 5");
  });

  it("table numbers: one table a page", async () => {
    const { pdf } = await render("table-numbers");
    expect(pdf.totalPages).toBe(2);
    expect(pdf.pages[0]).toContain("Head table");
    expect(pdf.pages[1]).toMatch(/T\s*A\s*B\s*L\s*E\s*5/i);
  });

  it("escort cards: each seated person with their table, alphabetically", async () => {
    const { pdf } = await render("escort-cards");
    expect(pdf.totalPages).toBe(1);
    expect(pdf.all).toMatch(/Mälksoo[\s\S]*Table 5/);
    for (const n of names) expect(pdf.all).toContain(n);
    expect(pdf.all.indexOf("Mälksoo")).toBeLessThan(pdf.all.indexOf("Søreide"));
  });

  it("badges: four a page for the accepted guests, with title, organization, check-in code, and the Chatham House notice when asked", async () => {
    const { pdf, invitations } = await render("badges", { chathamHouse: true });
    expect(pdf.totalPages).toBe(1);
    for (const n of names) expect(pdf.all).toContain(n);
    expect(pdf.all).toContain("Permanent Mission of Estonia");
    expect(pdf.all).toContain("Held under the Chatham House rule");
    expect(pdf.all).not.toContain("Declined Guest");
    const codes = [...pdf.all.matchAll(/\b([2-9A-Z]{4})-([2-9A-Z]{4})\b/g)].map((m) => normalizeCheckInCode(m[0]));
    expect(new Set(codes).size).toBe(4);
    expect(invitations).toHaveLength(5);
    const plain = await readPdf(await renderPrintDocument(t.db, (await seatedDinner(t.db)).event, "badges"));
    expect(plain.all).not.toContain("Chatham House");
  });
  it("the institute's name and logo come from the settings, read when the document is made", async () => {
    const { event } = await seatedDinner(t.db);
    const images = (pdf: Buffer) => pdf.toString("latin1").split("/Subtype /Image").length - 1;
    const before = await renderPrintDocument(t.db, event, "table-plan");
    expect(images(before)).toBe(0);
    const png = await checkInQrPng("LOGO2345", 4);
    const [logo] = await t.db
      .insert(assets)
      .values({ filename: "logo.png", contentType: "image/png", byteSize: png.length, width: 100, height: 100, sha256: createHash("sha256").update(png).digest("hex"), data: png })
      .returning();
    const institute = { ...DEFAULT_INSTITUTE, name: "Institute for Quiet Diplomacy", shortName: "IQD", logoAssetId: logo.id };
    await t.db.insert(settings).values({ key: "institute", value: institute }).onConflictDoUpdate({ target: settings.key, set: { value: institute } });
    const after = await renderPrintDocument(t.db, event, "table-plan");
    expect((await readPdf(after)).all).toContain("Institute for Quiet Diplomacy");
    expect(images(after)).toBeGreaterThan(0);
    const badges = await renderPrintDocument(t.db, event, "badges");
    expect((await readPdf(badges)).all).toContain("Institute for Quiet Diplomacy");
    expect(images(badges)).toBeGreaterThan(images(before));
  });
});

// PRINT_SAMPLES=/some/dir writes one PDF of each kind there, to be turned into PNGs and looked at.
describe.runIf(process.env.PRINT_SAMPLES)("samples", () => {
  const t = useTestDatabase();
  it("writes one of each", async () => {
    const { writeFileSync } = await import("node:fs");
    const { event } = await seatedDinner(t.db, { attribution: "chatham_house" });
    for (const kind of ["table-plan", "place-cards", "table-numbers", "escort-cards", "badges"] as const) {
      writeFileSync(`${process.env.PRINT_SAMPLES}/${kind}.pdf`, await renderPrintDocument(t.db, event, kind));
    }
  });
});
