import { describe, expect, it } from "vitest";
import { stylesheetsOf } from "./page-stylesheets";

describe("the stylesheets a page's manifest names", () => {
  it("lists each CSS file once, in order, as an address, and no script", () => {
    const manifest = `globalThis.__RSC_MANIFEST["/rsvp/[token]/page"] = {"entryCSSFiles":{"[project]/app/layout":[{"path":"static/chunks/1tb3sthhpu69c.css","inlined":false}],"[project]/app/error":[{"path":"static/chunks/1tb3sthhpu69c.css","inlined":false}],"[project]/app/rsvp/layout":[{"path":"static/chunks/0abc.css","inlined":false}]},"entryJSFiles":{"[project]/app/layout":["static/chunks/2tuscd653uu53.js"]}};`;
    expect(stylesheetsOf(manifest)).toEqual(["/_next/static/chunks/1tb3sthhpu69c.css", "/_next/static/chunks/0abc.css"]);
  });

  it("finds none in a manifest that names none", () => {
    expect(stylesheetsOf(`{"entryCSSFiles":{}}`)).toEqual([]);
  });
});
