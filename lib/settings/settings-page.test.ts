import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { assets, auditLog, devMailbox, emailOutbox, settings } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { makeStaff } from "@/lib/recaps/db-fixtures";
import { actorOf } from "@/lib/recaps/recap-rows";
import { getAssetForServing } from "@/lib/recaps/queries";
import { draftRecap } from "@/lib/recaps/draft";
import { emailRetentionDays } from "@/lib/email/retention";
import { publicCache } from "@/lib/public-cache/state";
import { emailHeaders, emailInstitute } from "@/lib/email/institute";
import { deliverDueEmails } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/enqueue";
import { devMailboxTransport } from "@/lib/email/transports/dev-mailbox";
import { DEFAULT_INSTITUTE, DEFAULT_RECAP_PHRASING, senderOf } from "./institute";
import { saveInstituteSettings } from "./mutations";
import { forgetCachedInstitute, getInstitute, getInstituteCached, getInstituteLogo, SHARED_FOR_MS } from "./queries";
import { instituteSettingsSchema, MAX_LOGO_BYTES } from "./schema";
import { getInstituteTimeZone } from "./time-zone";

const DEFAULTS = { senderName: "Convene", senderEmail: "events@convene.local", emailRetentionDays: 30, reminderHoursBefore: 48 };

/** The form as the page posts it, untouched. */
const form = (over: Record<string, string> = {}) => ({
  name: DEFAULT_INSTITUTE.name,
  shortName: DEFAULT_INSTITUTE.shortName,
  postalAddress: DEFAULT_INSTITUTE.postalAddress,
  senderName: "Convene",
  senderEmail: "events@convene.local",
  replyTo: "",
  timeZone: "America/New_York",
  reminderHoursBefore: "48",
  emailRetentionDays: "30",
  ...DEFAULT_RECAP_PHRASING,
  ...over,
});

const png = async (width: number, height: number) => new Uint8Array(await sharp({ create: { width, height, channels: 4, background: "#14213d" } }).png().toBuffer());

describe("the settings form's schema", () => {
  it("accepts the page as it is and reads numbers, blanks and the logo checkbox", () => {
    const parsed = instituteSettingsSchema.parse(form({ replyTo: "  ", removeLogo: "on", reminderHoursBefore: "0" }));
    expect(parsed).toMatchObject({ replyTo: null, removeLogo: true, reminderHoursBefore: 0, emailRetentionDays: 30, timeZone: "America/New_York" });
  });

  it("names every bad field in words", () => {
    const result = instituteSettingsSchema.safeParse(
      form({ name: " ", senderEmail: "not an address", replyTo: "also@", timeZone: "Mars/Olympus", reminderHoursBefore: "1.5", emailRetentionDays: "0", senderName: 'Events <desk>', hosted: "" }),
    );
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toEqual({
      name: "Enter the institute’s name",
      senderEmail: "Enter the sender address like events@example.org",
      replyTo: "Enter the reply-to address like events@example.org",
      timeZone: "Choose a time zone from the list, such as America/New_York",
      reminderHoursBefore: "Enter the reminder as a whole number of hours",
      emailRetentionDays: "The retention period must be at least 1 days",
      senderName: "The sender name cannot contain < > or quotation marks",
      hosted: "Enter the sentence for an event the institute hosts",
    });
  });
});

describe("saving the institute's settings", { timeout: 30_000 }, () => {
  const t = useTestDatabase();
  const reset = () => t.db.execute(sql`delete from settings where key in ('institute', 'institute.timeZone')`);

  it("stores every setting at once, with one audit entry naming each change before and after", async () => {
    await reset();
    const admin = actorOf(await makeStaff(t.db, "admin", "Avery"));
    const input = instituteSettingsSchema.parse(
      form({ name: "Geneva Policy Centre", shortName: "GPC", senderEmail: "events@gpc.example", replyTo: "desk@gpc.example", timeZone: "Europe/Zurich", reminderHoursBefore: "24", emailRetentionDays: "90", hosted: "On {date}, {shortName} convened {event}." }),
    );
    const { changed } = await saveInstituteSettings(t.db, admin, input, null, DEFAULTS);
    expect(changed.sort()).toEqual(["emailRetentionDays", "name", "recapPhrasing.hosted", "reminderHoursBefore", "replyTo", "senderEmail", "shortName", "timeZone"].sort());

    const institute = await getInstitute(t.db);
    expect(institute).toMatchObject({ name: "Geneva Policy Centre", shortName: "GPC", senderEmail: "events@gpc.example", replyTo: "desk@gpc.example", reminderHoursBefore: 24, emailRetentionDays: 90 });
    expect(await getInstituteTimeZone(t.db)).toBe("Europe/Zurich");
    expect(await emailRetentionDays(t.db)).toBe(90);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.changed"));
    expect(entry.before).toMatchObject({ name: "International Peace Institute", timeZone: "America/New_York", emailRetentionDays: 30, replyTo: null });
    expect(entry.after).toMatchObject({ name: "Geneva Policy Centre", timeZone: "Europe/Zurich", emailRetentionDays: 90, replyTo: "desk@gpc.example", "recapPhrasing.hosted": "On {date}, {shortName} convened {event}." });
    expect(entry.after).not.toHaveProperty("postalAddress");

    // The same form again changes nothing and records nothing.
    expect((await saveInstituteSettings(t.db, admin, input, null, DEFAULTS)).changed).toEqual([]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.changed"))).toHaveLength(1);

    // A new recap draft says it in the new words.
    const draft = draftRecap({ event: { title: "Water and Peace", startsAt: new Date("2026-09-26T16:00:00Z"), timeZone: "America/New_York", attribution: "on_record", format: "roundtable" }, institute, cohosts: [], speakers: [] });
    expect(draft).toMatch(/^On 26 September, GPC convened a roundtable/);
    await reset();
  });

  it("keeps a logo as a public asset, serves it to documents, and drops it when replaced or removed", async () => {
    await reset();
    const admin = actorOf(await makeStaff(t.db, "admin", "Blair"));
    const input = instituteSettingsSchema.parse(form());
    await saveInstituteSettings(t.db, admin, input, { bytes: await png(400, 120), fileName: "logo.png", declaredType: "image/png" }, DEFAULTS);
    const first = (await getInstitute(t.db)).logoAssetId!;
    expect(first).toBeTruthy();
    expect((await getAssetForServing(t.db, first))?.isLogo).toBe(true);
    const logo = await getInstituteLogo(t.db);
    expect(logo).toMatchObject({ contentType: "image/png", width: 400, height: 120 });
    expect(emailInstitute(await getInstitute(t.db)).logoUrl).toMatch(new RegExp(`/assets/${first}$`));

    await saveInstituteSettings(t.db, admin, input, { bytes: await png(300, 100), fileName: "logo-2.png" }, DEFAULTS);
    const second = (await getInstitute(t.db)).logoAssetId!;
    expect(second).not.toBe(first);
    expect(await t.db.select().from(assets).where(eq(assets.id, first))).toHaveLength(0);

    await saveInstituteSettings(t.db, admin, instituteSettingsSchema.parse(form({ removeLogo: "on" })), null, DEFAULTS);
    expect((await getInstitute(t.db)).logoAssetId).toBeUndefined();
    expect(await getInstituteLogo(t.db)).toBeNull();
    expect(await t.db.select().from(assets).where(eq(assets.id, second))).toHaveLength(0);
    await reset();
  });

  it("refuses a file that is not an image, or too large, next to the logo, and writes nothing", async () => {
    await reset();
    const admin = actorOf(await makeStaff(t.db, "admin", "Casey"));
    const input = instituteSettingsSchema.parse(form({ name: "Not Saved Institute" }));
    const assetsBefore = (await t.db.select({ id: assets.id }).from(assets)).length;
    await expect(saveInstituteSettings(t.db, admin, input, { bytes: new TextEncoder().encode("just,a,csv\n1,2,3"), fileName: "logo.png" }, DEFAULTS)).rejects.toMatchObject({
      field: "logo",
      message: expect.stringMatching(/not a JPEG, PNG or WebP/),
    });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(saveInstituteSettings(t.db, admin, input, { bytes: big, fileName: "huge.png" }, DEFAULTS)).rejects.toMatchObject({ field: "logo", message: expect.stringMatching(/at most 1 MB/) });
    expect((await getInstitute(t.db)).name).toBe(DEFAULT_INSTITUTE.name);
    expect((await t.db.select({ id: assets.id }).from(assets)).length).toBe(assetsBefore);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.actorLabel, admin.label))).toHaveLength(0);
  });
});

describe("the cached settings", { timeout: 20_000 }, () => {
  const t = useTestDatabase();

  it("are forgotten at once by the process that saved, and read again within a few seconds by the others", async () => {
    expect(SHARED_FOR_MS).toBeLessThanOrEqual(5_000);
    await t.db.execute(sql`delete from settings where key = 'institute'`);
    forgetCachedInstitute();
    expect((await getInstituteCached(t.db)).name).toBe(DEFAULT_INSTITUTE.name);
    // Written behind this process's back: the cached copy still answers…
    await t.db.insert(settings).values({ key: "institute", value: { name: "Renamed Elsewhere" } });
    expect((await getInstituteCached(t.db)).name).toBe(DEFAULT_INSTITUTE.name);
    // …until the process is told (a save here, or a new public pages' version seen).
    forgetCachedInstitute();
    expect((await getInstituteCached(t.db)).name).toBe("Renamed Elsewhere");
    await t.db.execute(sql`delete from settings where key = 'institute'`);
    forgetCachedInstitute();
  });

  it("are forgotten when this process sees a new public pages' version (another instance saved them)", async () => {
    const cache = publicCache(() => t.db);
    cache.watch.seen("before", Date.now());
    expect((await getInstituteCached(t.db)).name).toBe(DEFAULT_INSTITUTE.name);
    await t.db.insert(settings).values({ key: "institute", value: { name: "Saved on Another Instance" } });
    expect((await getInstituteCached(t.db)).name).toBe(DEFAULT_INSTITUTE.name);
    cache.watch.seen("after", Date.now());
    expect((await getInstituteCached(t.db)).name).toBe("Saved on Another Instance");
    await t.db.execute(sql`delete from settings where key = 'institute'`);
    forgetCachedInstitute();
  });
});

describe("email headers from the settings", { timeout: 30_000 }, () => {
  const t = useTestDatabase();

  it("From is the institute's sender, Reply-To its address; without them, EMAIL_FROM and none", async () => {
    expect(emailHeaders(DEFAULT_INSTITUTE)).toEqual({ from: "Convene <events@convene.local>" });
    expect(emailHeaders({ ...DEFAULT_INSTITUTE, senderName: "GPC Events", senderEmail: "events@gpc.example", replyTo: "desk@gpc.example" })).toEqual({
      from: "GPC Events <events@gpc.example>",
      replyTo: "desk@gpc.example",
    });
    expect(senderOf({ senderName: 'Bad "name" <x>', senderEmail: "a@b.example" }, "x")).toBe("Bad name x <a@b.example>");
    expect(senderOf({ senderName: "Events, IPI", senderEmail: "a@b.example" }, "x")).toBe('"Events, IPI" <a@b.example>');
  });

  it("a delivered email carries them, and the logo and the address in its layout", async () => {
    await t.db.execute(sql`delete from settings where key = 'institute'`);
    const admin = actorOf(await makeStaff(t.db, "admin", "Devon"));
    const input = instituteSettingsSchema.parse(form({ name: "Geneva Policy Centre", postalAddress: "Rue de Lausanne 1, Geneva", senderName: "GPC Events", senderEmail: "events@gpc.example", replyTo: "desk@gpc.example" }));
    await saveInstituteSettings(t.db, admin, input, { bytes: await png(240, 80), fileName: "gpc.png" }, DEFAULTS);
    const logoId = (await getInstitute(t.db)).logoAssetId!;
    await t.db.transaction((tx) => enqueueEmail(tx, { to: "guest@example.org", template: "sign-in", props: { url: "http://localhost:3000/sign-in/verify?x=1" } }));
    await deliverDueEmails(t.db, { transport: devMailboxTransport(t.db) });
    const [mail] = await t.db.select().from(devMailbox).where(eq(devMailbox.toAddress, "guest@example.org"));
    expect(mail.fromAddress).toBe("GPC Events <events@gpc.example>");
    expect(mail.replyTo).toBe("desk@gpc.example");
    expect(mail.html).toContain(`/assets/${logoId}`);
    expect(mail.html).toContain("Geneva Policy Centre");
    expect(mail.text).toContain("Rue de Lausanne 1, Geneva");
    await t.db.execute(sql`delete from settings where key = 'institute'`);
    await t.db.delete(emailOutbox);
  });
});
