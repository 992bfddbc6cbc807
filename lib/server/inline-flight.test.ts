import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// Next's own escape, as its app-page runtimes use it.
import { htmlEscapeJsonString } from "next/dist/shared/lib/htmlescape";
import { inlineFlightText } from "./inline-flight.mjs";
import { MARKER, patchRuntime, RUNTIMES } from "./patch-next.mjs";

/** What Next 16 writes for a chunk of payload that is UTF-8 text. */
function nextWrites(bytes: Buffer, open: string): Buffer {
  return Buffer.from(`${open}self.__next_f.push(${htmlEscapeJsonString(JSON.stringify([1, bytes.toString("utf-8")]))})</script>`);
}

const OPEN = '<script nonce="bm9uY2Uh">';
const same = (text: string | Buffer, open = OPEN) => {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  expect(inlineFlightText(bytes, open).equals(nextWrites(bytes, open)), JSON.stringify(bytes.toString("utf8")).slice(0, 200)).toBe(true);
};

/** Random text from every plane, no lone surrogates (a chunk Next inlines as text is valid UTF-8). */
function randomText(rng: () => number, length: number): string {
  const pool = ["<", ">", "&", '"', "\\", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029", "</script>", "<!--", "—", "·", "é", "ü", "حسن", "日本", "😀", "\u202f", "$", "a", " "];
  let s = "";
  while (s.length < length) {
    const r = rng();
    if (r < 0.4) s += pool[Math.floor(rng() * pool.length)];
    else if (r < 0.7) s += String.fromCharCode(0x20 + Math.floor(rng() * 0x5f));
    else if (r < 0.9) s += String.fromCodePoint(Math.floor(rng() * 0xd7ff));
    else s += String.fromCodePoint(0xe000 + Math.floor(rng() * (0x10ffff - 0xe000)));
  }
  return s;
}

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe("the RSC payload written into a page, byte for byte as Next writes it", () => {
  it("escapes every ASCII byte as Next does, alone and among others", () => {
    for (let b = 0; b < 0x80; b++) {
      same(Buffer.from([b]));
      same(Buffer.from([0x61, b, 0x62, b]));
    }
  });

  it("keeps a script from closing or opening inside the payload, and U+2028 and U+2029 from ending a line", () => {
    for (const text of ['</script><script>alert(1)</script>', "<!--<script>", "a\u2028b\u2029c", "\u2028\u2029", '"\\"\\\\"', "&amp;&lt;"]) same(text);
    const written = inlineFlightText(Buffer.from('x</script><!--\u2028'), "<script>").toString("utf8");
    expect(written.slice("<script>".length, -"</script>".length)).not.toMatch(/<\/script|<!--|\u2028/i);
  });

  it("writes text in any script the same, ASCII or not, for a nonce or none", () => {
    for (const text of ["", "Guests — 2,000 · 11:40 am–1:40 pm", "Dr. Jürgen Müller, Ngozi Okonjo-Iweala, عبد الله", "“quoted” ← back", "😀 and \u202f", "\u00e2\u0080\u00a8"]) {
      same(text);
      same(text, "<script>");
    }
    // A three-byte sequence that only starts like U+2028 (E2 80 A8), and one cut short at the end.
    same(Buffer.from([0x61, 0xe2, 0x80, 0xa7, 0x62]));
    same(Buffer.from("a\u2030", "utf8"));
  });

  it("matches Next on random text from every plane", () => {
    const rng = seeded(20261207);
    for (let i = 0; i < 400; i++) same(randomText(rng, 1 + Math.floor(rng() * 400)));
    same(randomText(rng, 80_000));
  });
});

describe("Next's runtimes, patched when the packages are installed (package.json postinstall)", () => {
  it("every production app-page runtime writes the payload with inline-flight.mjs", () => {
    for (const relative of RUNTIMES) {
      const source = fs.readFileSync(path.join(process.cwd(), relative), "utf8");
      expect(source, `${relative}: run \`node lib/server/patch-next.mjs\` (npm ci does), or follow a new version of Next`).toContain(`t.push(${MARKER}(n,r));continue}`);
      expect(source).toContain(`function ${MARKER}(bytes, open)`);
    }
  });

  it("patches once, and leaves a runtime it does not recognise as it is", () => {
    const runtime = 'a;if((0,s.isUtf8)(n)){let t=n.toString("utf-8");e=(0,d.ui)(JSON.stringify([1,t]))}else{b';
    const once = patchRuntime(runtime);
    expect(once.state).toBe("patched");
    expect(once.source.startsWith(`a;if((0,s.isUtf8)(n)){t.push(${MARKER}(n,r));continue}else{b\n`)).toBe(true);
    expect(patchRuntime(once.source)).toEqual({ source: once.source, state: "already" });
    expect(patchRuntime("something else")).toEqual({ source: "something else", state: "not found" });
  });
});
