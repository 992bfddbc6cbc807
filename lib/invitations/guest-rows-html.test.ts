import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Ban, BellOff, CircleCheck, CircleDashed, CircleX, Clock, Hourglass, Mail, MoreHorizontal, UserRoundCheck } from "lucide-react";
import { describe, expect, it } from "vitest";
import { INVITATION_STATUSES } from "./status";
import { guestRowViews, type GuestRowData } from "./guest-row-views";
import { escapeHtml, GUEST_ICON_SYMBOLS, GUEST_ICONS, GUEST_ROWS_PART_CHARS, guestRowsHtml, guestRowsHtmlParts, type GuestRowClasses, type GuestRowsOptions } from "./guest-rows-html";
import type { NamedPerson } from "@/lib/people/display-name";

const ID = "0b6f9a4e-3f1c-4b8e-9a51-2f3d4c5b6a70";
const OTHER = "5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d";

const guest = (over: Partial<GuestRowData> = {}): GuestRowData => ({
  id: ID,
  status: "invited",
  source: "invited",
  honorific: "H.E. Ms.",
  givenName: "Helen",
  familyName: "Clark",
  positionTitle: "Former Prime Minister",
  affiliation: "New Zealand",
  email: "h.clark@example.org",
  plusOneName: null,
  dietary: null,
  accessibility: null,
  message: null,
  onBehalfOfName: null,
  invitedAt: new Date("2026-11-16T14:00:00Z"),
  respondedAt: null,
  checkedInAt: null,
  bouncedAt: null,
  optedOutAt: null,
  optedOutVia: null,
  ...over,
});

// Stand-ins: the real classes come from the UI primitives (components/guests/guest-row-classes.ts).
const CLASSES: GuestRowClasses = {
  statusBadge: Object.fromEntries(INVITATION_STATUSES.map((s) => [s, `badge-${s}`])) as GuestRowClasses["statusBadge"],
  outlineBadge: "badge-outline",
  approve: "button-secondary",
  refuse: "button-ghost",
};

type Options = Partial<GuestRowsOptions> & { delegates?: Map<string, NamedPerson> };

/** The rows in words (on the server), then as HTML (on the server and in the browser). */
function rowsHtml(rows: GuestRowData[], { delegates = new Map(), ...over }: Options = {}): string {
  const views = guestRowViews(rows, { timeZone: "America/New_York", delegates });
  // The words cross to the browser in the page's payload: plain text, nothing lost on the way.
  const sent = JSON.parse(JSON.stringify(views));
  expect(sent).toEqual(views);
  return guestRowsHtml(sent, {
    base: "/staff/events/e1/guests",
    canEdit: true,
    forms: { choose: "guest-selection", resend: "guest-resend", decide: "guest-decide" },
    classes: CLASSES,
    ...over,
  });
}

describe("escapeHtml", () => {
  it("writes the five characters that could end a text or an attribute as entities", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(escapeHtml("Søreide · “quoted”")).toBe("Søreide · “quoted”");
  });
});

describe("guestRowsHtml", () => {
  it("escapes every value a person or the database gave, in text and in attributes", () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror='alert(2)'>&`;
    const html = rowsHtml(
      [
        guest({
          id: `${ID}"><b>`,
          honorific: hostile,
          givenName: hostile,
          familyName: hostile,
          positionTitle: hostile,
          affiliation: hostile,
          email: hostile,
          plusOneName: hostile,
          dietary: hostile,
          accessibility: hostile,
          message: hostile,
          onBehalfOfName: hostile,
          status: "accepted",
          bouncedAt: new Date("2026-11-20T10:00:00Z"),
          optedOutAt: new Date("2026-11-21T10:00:00Z"),
          optedOutVia: "one_click",
        }),
      ],
      { base: `/staff/events/"><i>/guests`, delegates: new Map([[`${ID}"><b>`, { givenName: hostile, familyName: hostile, positionTitle: hostile, affiliation: hostile }]]) },
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>|onerror='/);
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(2)&#39;&gt;&amp;");
    // Every tag the string opens is one of the row's own.
    const tags = new Set([...html.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["a", "button", "details", "div", "input", "span", "strong", "summary", "svg", "td", "tr", "use"]);
  });

  it("writes a row as the table showed it: the choose box, the name, the answer and the row's actions", () => {
    const html = rowsHtml([guest({ emails: [{ template: "invitation", kind: null, status: "sent", at: new Date("2026-11-16T14:00:00Z") }] })]);
    expect(html.startsWith('<tr><td class="guest-choose">')).toBe(true);
    expect(html).toContain(`<input type="checkbox" name="ids" form="guest-selection" value="${ID}" aria-label="Choose H.E. Ms. Helen Clark"/>`);
    expect(html).toContain('<td class="guest-who"><span class="gr-name">H.E. Ms. Helen Clark</span>');
    expect(html).toContain('<span class="gr-sub">Former Prime Minister, New Zealand</span>');
    expect(html).toContain('<span class="gr-trail">Invitation 16 Nov</span>');
    expect(html).toContain('<span class="badge-invited" data-status="invited">');
    expect(html).toContain("Invited Mon 16 Nov, 9 am EST</span>");
    expect(html).toContain(`<button type="submit" form="guest-resend" name="invitationId" value="${ID}" data-guest-resend="" class="row-action">Re-send<span class="sr-only"> to H.E. Ms. Helen Clark</span></button>`);
    expect(html).toContain('<span class="sr-only"> actions for H.E. Ms. Helen Clark</span></summary>');
    expect(html).toContain(`<a class="row-action" href="/staff/events/e1/guests/${ID}/answer">Record an answer<span class="sr-only"> for H.E. Ms. Helen Clark</span></a>`);
    expect(html).toContain(`data-guest-ask="newLink" data-invitation-id="${ID}" data-name="H.E. Ms. Helen Clark" data-sent="true"`);
    expect(html).toContain(`data-guest-ask="remove" data-invitation-id="${ID}" data-name="H.E. Ms. Helen Clark" data-sent="true"`);
    expect(html.endsWith("</div></details></div></div></td></tr>")).toBe(true);
  });

  it("offers a guest not yet invited no re-send, new link or answer, and a viewer no actions at all", () => {
    const notSent = rowsHtml([guest({ status: "not_sent", invitedAt: null })]);
    expect(notSent).not.toContain("Re-send");
    expect(notSent).not.toContain("New link");
    expect(notSent).not.toContain("Record an answer");
    expect(notSent).toContain('data-sent="false"');
    const viewer = rowsHtml([guest({ bouncedAt: new Date("2026-11-20T10:00:00Z") })], { canEdit: false });
    expect(viewer).not.toMatch(/<input|<button|<details|Correct the address/);
    expect(viewer).toContain("Email bounced</span>");
    expect(viewer.match(/<td /g)).toHaveLength(2);
  });

  it("lets editors approve or refuse a proposed delegate through the table's one decision form", () => {
    const html = rowsHtml(
      [guest({ status: "delegate_pending" }), guest({ id: OTHER })],
      { delegates: new Map([[ID, { honorific: "Mr.", givenName: "Bilal", familyName: "Qureshi", positionTitle: "Counsellor", affiliation: null }]]) },
    );
    expect(html).toContain("Proposes a delegate: <strong class=\"font-medium\">Mr. Bilal Qureshi</strong>, Counsellor</span>");
    expect(html).toContain(
      `<button type="submit" form="guest-decide" name="choice" value="approve:${ID}" data-guest-decide="" class="button-secondary">Approve<span class="sr-only"> Mr. Bilal Qureshi for H.E. Ms. Helen Clark</span></button>`,
    );
    expect(html).toContain(`value="refuse:${ID}" data-guest-decide="" class="button-ghost">Refuse`);
    expect(html.match(/data-guest-decide/g)).toHaveLength(2);
  });

  it("says what the guest told us, how they came, when they arrived, and where to correct a bounced address", () => {
    const html = rowsHtml(
      [
        guest({
          status: "accepted",
          source: "walk_in",
          plusOneName: "Mr. Lars Søreide",
          dietary: "Vegetarian",
          message: "Delighted",
          respondedAt: new Date("2026-11-18T15:30:00Z"),
          checkedInAt: new Date("2026-12-01T23:05:00Z"),
          bouncedAt: new Date("2026-11-20T10:00:00Z"),
          optedOutAt: new Date("2026-11-21T10:00:00Z"),
          optedOutVia: "email_link",
        }),
      ],
    );
    expect(html).toContain('<span class="gr-said">Bringing Mr. Lars Søreide · Diet: Vegetarian · “Delighted”</span>');
    expect(html).toContain('<span class="gr-note">Walk-in</span>');
    expect(html).toContain(`Email bounced · <a class="underline underline-offset-2" href="/staff/events/e1/guests/${ID}/address">Correct the address<span class="sr-only"> of H.E. Ms. Helen Clark</span></a>`);
    expect(html).toContain("Arrived Tue 1 Dec, 6:05 pm EST</span>");
    expect(html).toContain("Wed 18 Nov, 10:30 am EST</span>");
    expect(html).toContain('<span class="badge-outline" title="Opted out');
    expect(html).toMatch(/title="Opted out of invitations on [^"]+, from the link in an email">/);
  });

  it("draws each answer's icon as lucide-react draws it, once, and shows it in a row by reference", () => {
    const icons = { not_sent: CircleDashed, invited: Mail, accepted: CircleCheck, declined: CircleX, waitlisted: Hourglass, delegate_pending: Clock, delegated: UserRoundCheck, cancelled: Ban };
    // lucide-react's <svg>: its attributes (less the drawing's own) on the row's <svg>, its inside in the sprite's <symbol>.
    const split = (svg: string) => {
      const m = /^<svg ([^>]*)>(.*)<\/svg>$/.exec(svg);
      if (!m) throw new Error(svg);
      const attributes = m[1].replace('xmlns="http://www.w3.org/2000/svg" ', "");
      return { outer: attributes.replace(' fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"', ""), drawing: attributes.match(/fill=.*stroke-linejoin="round"/)![0], body: m[2] };
    };
    const expectDrawn = (html: string, lucide: string, key: keyof typeof GUEST_ICONS) => {
      const { outer, drawing, body } = split(lucide);
      const id = GUEST_ICONS[key].id;
      expect(html, key).toContain(`<svg ${outer}><use href="#${id}"></use></svg>`);
      expect(GUEST_ICON_SYMBOLS, key).toContain(`<symbol id="${id}" viewBox="0 0 24 24" ${drawing}>${body}</symbol>`);
    };
    for (const status of INVITATION_STATUSES) {
      expectDrawn(rowsHtml([guest({ status })]), renderToStaticMarkup(createElement(icons[status], { "aria-hidden": "true", strokeWidth: 2 })), status);
    }
    const html = rowsHtml([guest({ optedOutAt: new Date("2026-11-21T10:00:00Z") })]);
    expectDrawn(html, renderToStaticMarkup(createElement(BellOff, { "aria-hidden": "true" })), "bellOff");
    expectDrawn(html, renderToStaticMarkup(createElement(MoreHorizontal, { "aria-hidden": "true", className: "size-4" })), "more");
    // Ten drawings, each once, each with an id no other has.
    expect(new Set([...GUEST_ICON_SYMBOLS.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1])).size).toBe(Object.keys(GUEST_ICONS).length);
    expect(html).not.toContain("<path");
  });
});

describe("guestRowsHtmlParts", () => {
  const options: GuestRowsOptions = { base: "/staff/events/e1/guests", canEdit: true, forms: { choose: "c", resend: "r", decide: "d" }, classes: CLASSES };
  const views = (n: number) =>
    guestRowViews(
      Array.from({ length: n }, (_, i) => guest({ id: `${ID.slice(0, -4)}${String(i).padStart(4, "0")}`, givenName: `Guest ${i}`, status: i % 3 ? "accepted" : "invited" })),
      { timeZone: "Europe/Berlin", delegates: new Map() },
    );

  it("writes the same rows as guestRowsHtml, in order, each part under the limit and no row split", () => {
    const rows = views(50);
    const parts = guestRowsHtmlParts(rows, options, 8_000);
    expect(parts.join("")).toBe(guestRowsHtml(rows, options));
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(8_000);
      expect(part.startsWith("<tr")).toBe(true);
      expect(part.endsWith("</tr>")).toBe(true);
    }
  });

  it("keeps a page of 50 rows in parts well under V8's large strings, and gives an empty list one empty part", () => {
    const parts = guestRowsHtmlParts(views(50), options);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(GUEST_ROWS_PART_CHARS);
    expect(GUEST_ROWS_PART_CHARS).toBeLessThan(128 * 1024 / 2);
    expect(guestRowsHtmlParts([], options)).toEqual([""]);
  });

  it("gives a row longer than the limit a part of its own", () => {
    const rows = views(3);
    const parts = guestRowsHtmlParts(rows, options, 10);
    expect(parts).toHaveLength(3);
    expect(parts.join("")).toBe(guestRowsHtml(rows, options));
  });
});
