import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agendaItems, eventSpeakers, people, recaps, speakerAgendaItems } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { findAttributionHits } from "./guard/attribution-guard";
import { addCohostTo, addGuestTo, addSpeakerTo, makePastEvent, makeStaff } from "./db-fixtures";
import { saveRecapDraft } from "./mutations";
import { submitRecap } from "./workflow-mutations";
import { listAllowedNames, listEventsAwaitingRecap, listProtectedPeople, listRecapsAwaitingReview, loadGuardContext } from "./queries";
import { recapDraftSchema } from "./schema";

describe("recap reads", () => {
  const t = useTestDatabase();

  it("lists each speaker once (whatever their roles) and the guests who took part, with the directory's acronym", async () => {
    const event = await makePastEvent(t.db);
    await addCohostTo(t.db, event.id, "United States Institute of Peace", "USIP");
    const taylor = await addSpeakerTo(t.db, event.id, { givenName: "Sarah", familyName: "Taylor", affiliation: "United States Institute of Peace" }, "opening_remarks");
    await addGuestTo(t.db, event.id, { givenName: "Ana", familyName: "Accepted" }, { status: "accepted" });
    await addGuestTo(t.db, event.id, { givenName: "Walk", familyName: "In" }, { status: "not_sent", checkedInAt: new Date() });
    await addGuestTo(t.db, event.id, { givenName: "Wai", familyName: "Listed" }, { status: "waitlisted" });
    await addGuestTo(t.db, event.id, { givenName: "Dee", familyName: "Clined" }, { status: "declined", plusOneName: "Never Came" });
    await t.db.insert(eventSpeakers).values({ eventId: event.id, personId: taylor.id, role: "moderator" });

    const people = await listProtectedPeople(t.db, event.id);
    expect(people.map((p) => `${p.givenName} ${p.familyName} (${p.part})`).sort()).toEqual(["Ana Accepted (guest)", "Sarah Taylor (speaker)", "Walk In (guest)"]);
    expect(people.find((p) => p.familyName === "Taylor")?.affiliationShortName).toBe("USIP");
    expect(await listAllowedNames(t.db, event.id, { name: "International Peace Institute", shortName: "IPI" })).toEqual(["International Peace Institute", "IPI", "United States Institute of Peace", "USIP"]);
  });

  it("lets the recap name a speaker who spoke only on the record, and protects the rest", async () => {
    const event = await makePastEvent(t.db);
    const [opening, discussion] = await t.db
      .insert(agendaItems)
      .values([
        { eventId: event.id, startsAt: event.startsAt, title: "Opening remarks", attribution: "on_record", position: 0 },
        { eventId: event.id, startsAt: event.startsAt, title: "Discussion", attribution: null, position: 1 },
      ])
      .returning();
    const attach = async (familyName: string, itemIds: string[]) => {
      const [speaker] = await t.db.select({ id: eventSpeakers.id }).from(eventSpeakers).innerJoin(people, eq(people.id, eventSpeakers.personId)).where(eq(people.familyName, familyName));
      if (itemIds.length) await t.db.insert(speakerAgendaItems).values(itemIds.map((agendaItemId) => ({ speakerId: speaker.id, agendaItemId })));
    };
    await addSpeakerTo(t.db, event.id, { honorific: "H.E. Ms.", givenName: "Ine", familyName: "Eriksen Søreide", affiliation: "Norway" }, "opening_remarks");
    await addSpeakerTo(t.db, event.id, { givenName: "Sarah", familyName: "Taylor" });
    await addSpeakerTo(t.db, event.id, { givenName: "Jake", familyName: "Sherman" });
    await addSpeakerTo(t.db, event.id, { givenName: "Both", familyName: "Parts" });
    await attach("Eriksen Søreide", [opening.id]);
    await attach("Taylor", [discussion.id]);
    await attach("Parts", [opening.id, discussion.id]);
    // Sherman is attached to nothing: he may have spoken anywhere.

    const names = (await listProtectedPeople(t.db, event.id)).map((p) => p.familyName).sort();
    expect(names).toEqual(["Parts", "Sherman", "Taylor"]);

    // The guard itself then passes the opening speaker's name and flags the others.
    const context = await loadGuardContext(t.db, event, [], { name: "International Peace Institute", shortName: "IPI" });
    const hits = findAttributionHits({ texts: [{ field: "body", text: "Ine Eriksen Søreide opened the roundtable. Sarah Taylor spoke next." }], people: context.people, allowedNames: context.allowedNames });
    expect(hits.map((h) => h.text)).toEqual(["Sarah Taylor"]);
  });

  it("loads no people when the guard does not apply", async () => {
    const event = await makePastEvent(t.db, { attribution: "on_record" });
    await addSpeakerTo(t.db, event.id, { givenName: "Open", familyName: "Speaker" });
    const context = await loadGuardContext(t.db, event, [], { name: "International Peace Institute", shortName: "IPI" });
    expect(context).toMatchObject({ scope: { chathamHouse: false }, people: [], allowedNames: [] });
  });

  it("lists events owed a recap and recaps waiting for review, for the dashboard", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan Reyes");
    const none = await makePastEvent(t.db, { title: "Nothing written yet", attribution: "on_record" });
    const drafted = await makePastEvent(t.db, { title: "A draft started", attribution: "on_record" });
    const reviewed = await makePastEvent(t.db, { title: "Waiting for review", attribution: "on_record" });
    const published = await makePastEvent(t.db, { title: "Already out", attribution: "on_record" });
    const internal = await makePastEvent(t.db, { title: "Staff meeting", visibility: "internal" });
    const offRecord = await makePastEvent(t.db, { title: "Off the record", attribution: "off_record" });
    const old = await makePastEvent(t.db, { title: "Last year", startsAt: new Date(Date.now() - 200 * 86_400_000), endsAt: new Date(Date.now() - 199 * 86_400_000) });
    for (const e of [drafted, reviewed, published]) {
      await saveRecapDraft(t.db, editor, recapDraftSchema.parse({ eventId: e.id, body: "Participants agreed.", revision: "0" }));
    }
    await submitRecap(t.db, editor, reviewed.id);
    await t.db.update(recaps).set({ status: "published" }).where(eq(recaps.eventId, published.id));

    const owed = await listEventsAwaitingRecap(t.db);
    const titles = owed.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Nothing written yet", "A draft started"]));
    for (const gone of [reviewed, published, internal, offRecord, old]) expect(titles).not.toContain(gone.title);
    expect(owed.find((e) => e.id === none.id)?.draftStarted).toBe(false);
    expect(owed.find((e) => e.id === drafted.id)?.draftStarted).toBe(true);

    const waiting = await listRecapsAwaitingReview(t.db);
    expect(waiting.map((r) => [r.eventTitle, r.submittedByName])).toEqual([["Waiting for review", "Jordan Reyes"]]);
  });
});
