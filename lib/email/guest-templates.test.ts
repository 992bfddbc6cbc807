import { describe, expect, it } from "vitest";
import { PreviewProps as changePreview } from "@/emails/event-change";
import { guestPreview } from "@/emails/invitation";
import { renderEmail, renderStoredEmail } from "./templates";

const institute = guestPreview.institute;
const textOf = (html: string) => html.replace(/<[^>]+>/g, "\n").replace(/&#x27;/g, "'").replace(/\n\s*\n+/g, "\n");

describe("guest emails", () => {
  it("shows what moved in a changed event, old and new", async () => {
    const email = await renderEmail("event-change", {
      ...changePreview,
      changes: ["The time", "The place"],
      moves: [
        { what: "time", was: "Tuesday 3 December 2026, 3–4 pm EST", now: "Wednesday 4 December 2026, 3–4 pm EST" },
        { what: "place", was: "IPI, 777 United Nations Plaza, New York", now: "Church Center, 777 First Avenue, New York" },
      ],
    });
    expect(email.html).toContain("New time");
    expect(email.text).toMatch(/Was: Tuesday 3 December 2026, 3–4 pm EST\s+Now: Wednesday 4 December 2026, 3–4 pm EST/);
    expect(email.text).toMatch(/Was: IPI, 777 United Nations Plaza, New York\s+Now: Church Center, 777 First Avenue, New York/);
  });

  it("still renders a change queued before old and new were kept", async () => {
    const stored: Record<string, unknown> = { ...changePreview };
    delete stored.moves;
    delete stored.institute;
    const email = await renderStoredEmail("event-change", stored, institute);
    expect(email.text).toContain("The time has changed.");
    expect(email.text).not.toContain("Was:");
  });

  it("gives the reply-by date in a reminder when the event has one, and none otherwise", async () => {
    const base = { guestName: "Ms. Kate Gilmore", event: guestPreview.event, respondUrl: guestPreview.respondUrl, kind: "no-answer" as const, institute };
    expect((await renderEmail("reminder", { ...base, respondBy: "Friday 20 September" })).text).toContain("Please reply by Friday 20 September.");
    expect((await renderEmail("reminder", { ...base, respondBy: null })).text).not.toContain("reply by");
    // Reminders queued before the deadline was kept render as before.
    expect((await renderStoredEmail("reminder", { ...base, institute: undefined }, institute)).text).not.toContain("reply by");
  });

  it("sets a long programme as a list: each speaker on a line of their own, title and affiliation under the name", async () => {
    const people = Array.from({ length: 15 }, (_, i) => ({ name: `Ms. Speaker Number${i + 1}`, credentials: `Ambassador, Permanent Mission ${i + 1}` }));
    const event = { ...guestPreview.event, speakers: [{ label: "Speakers", names: people.map((p) => `${p.name}, ${p.credentials}`), people }] };
    const email = await renderEmail("invitation", { ...guestPreview, event, respondBy: null, resent: false });
    const lines = textOf(email.html).split("\n").map((l) => l.trim());
    for (const p of people) {
      const at = lines.indexOf(p.name);
      expect(at, p.name).toBeGreaterThan(-1);
      expect(lines[at + 1]).toBe(p.credentials);
    }
    // Each name is its own paragraph, not a line inside one block.
    expect(email.html.match(/<p[^>]*>Ms\. Speaker Number\d+<\/p>/g)).toHaveLength(15);
  });

  it("still lists the speakers of an email queued with names only", async () => {
    const event = { ...guestPreview.event, speakers: [{ label: "Moderator", names: ["Mr. Terje Rød-Larsen, President, International Peace Institute"] }] };
    const email = await renderStoredEmail("invitation", { ...guestPreview, event, respondBy: null, resent: false, institute: undefined }, institute);
    expect(email.text).toContain("Mr. Terje Rød-Larsen, President, International Peace Institute");
  });
});
