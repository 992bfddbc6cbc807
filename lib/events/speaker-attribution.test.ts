import { describe, expect, it } from "vitest";
import { namedSpeakersByItem, speakerAttributions, speakerNamedPublicly, speakersNamedPublicly, speakerUnderTheRule, type PublicNamingContext } from "./speaker-attribution";

// The seed's roundtable: opening remarks on the record, the rest under the Rule.
const opening = { id: "opening", attribution: "on_record" as const };
const discussion = { id: "discussion", attribution: null };
const research = { id: "research", attribution: null };
const roundtable = [opening, discussion, research];

const past = (over: Partial<PublicNamingContext> = {}): PublicNamingContext => ({
  attribution: "chatham_house",
  announceSpeakers: true,
  isPast: true,
  agendaItems: roundtable,
  ...over,
});

describe("which parts of an event a speaker spoke in", () => {
  it("takes the items a speaker is attached to, an item without its own rule following the event", () => {
    expect(speakerAttributions("chatham_house", roundtable, ["opening"])).toEqual(["on_record"]);
    expect(speakerAttributions("chatham_house", roundtable, ["discussion", "research"])).toEqual(["chatham_house"]);
    expect(speakerAttributions("chatham_house", roundtable, ["opening", "discussion"])).toEqual(["on_record", "chatham_house"]);
  });

  it("counts every part of the event for a speaker attached to nothing", () => {
    expect(speakerAttributions("chatham_house", roundtable, [])).toEqual(["chatham_house", "on_record"]);
    expect(speakerAttributions("on_record", [], [])).toEqual(["on_record"]);
    // An on-the-record event with one discussion under the Rule: an unattached speaker may have been in it.
    expect(speakerUnderTheRule("on_record", [{ id: "q", attribution: "chatham_house" }], [])).toBe(true);
  });

  it("ignores items of other events", () => {
    expect(speakerAttributions("chatham_house", roundtable, ["someone-elses-item"])).toEqual(["chatham_house", "on_record"]);
  });
});

describe("naming speakers on the public page", () => {
  it("names the opening speaker of a Chatham House event, on the record, after the event", () => {
    expect(speakerNamedPublicly(past(), ["opening"])).toBe(true);
  });

  it("never names a speaker under the Rule after the event, even one also in an on-the-record item", () => {
    expect(speakerNamedPublicly(past(), ["discussion"])).toBe(false);
    expect(speakerNamedPublicly(past(), ["opening", "discussion"])).toBe(false);
    expect(speakerNamedPublicly(past(), [])).toBe(false);
  });

  it("names speakers under the Rule before the event only when staff chose to announce them", () => {
    expect(speakerNamedPublicly(past({ isPast: false, announceSpeakers: true }), ["discussion"])).toBe(true);
    expect(speakerNamedPublicly(past({ isPast: false, announceSpeakers: false }), ["discussion"])).toBe(false);
    expect(speakerNamedPublicly(past({ isPast: false, announceSpeakers: false }), ["opening"])).toBe(true);
  });

  it("names everyone at an event with no part under the Rule", () => {
    const onRecord = past({ attribution: "on_record", agendaItems: [{ id: "a", attribution: null }, { id: "b", attribution: "off_record" }] });
    expect(speakerNamedPublicly(onRecord, [])).toBe(true);
    expect(speakerNamedPublicly(onRecord, ["b"])).toBe(true);
    expect(speakerNamedPublicly(past({ attribution: "off_record", agendaItems: [] }), [])).toBe(true);
  });

  it("lists the named speakers by agenda item, leaving out those under the Rule", () => {
    const soreide = { name: "Søreide", agendaItemIds: ["opening"] };
    const taylor = { name: "Taylor", agendaItemIds: ["discussion", "research"] };
    const sherman = { name: "Sherman", agendaItemIds: [] };
    expect(speakersNamedPublicly(past(), [soreide, taylor, sherman])).toEqual([soreide]);
    const byItem = namedSpeakersByItem(past(), [soreide, taylor, sherman]);
    expect(byItem.get("opening")).toEqual([soreide]);
    expect(byItem.has("discussion")).toBe(false);
  });
});
