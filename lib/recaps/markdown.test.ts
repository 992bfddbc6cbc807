import { describe, expect, it } from "vitest";
import { isAllowedHref, recapPlainText, renderRecapMarkdown, sanitizeRecapHtml } from "./markdown";

/** Every tag name in the output, to compare with the allow-list. */
const tagsIn = (html: string) => [...new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()))].sort();
const ALLOWED_TAGS = ["a", "blockquote", "br", "em", "h2", "h3", "h4", "hr", "li", "ol", "p", "strong", "ul"];

/** Nothing in the output can run or load anything: only allowed tags, with only href, rel and start, and safe links. */
function expectInert(html: string) {
  for (const [, name, attrs] of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    expect(ALLOWED_TAGS).toContain(name.toLowerCase());
    const attributes = [...attrs.matchAll(/([^\s=/]+)\s*=\s*"([^"]*)"/g)];
    for (const [, attr, value] of attributes) {
      expect(["href", "rel", "start"]).toContain(attr);
      if (attr === "href") expect(value).toMatch(/^(?:https?:|mailto:|\/(?!\/)|#|[^:]*$)/i);
    }
    expect(attrs.replace(/([^\s=/]+)\s*=\s*"[^"]*"/g, "").trim()).toMatch(/^\/?$/);
  }
}

describe("recap Markdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderRecapMarkdown(
      "## The discussion\n\nParticipants *agreed* on **accountability**.\n\n- first\n- second\n\n3. three\n4. four\n\n> A quotation\n\n---\n\nWelcoming remarks:\nMr. Terje Rød-Larsen",
    );
    expect(html).toBe(
      [
        "<h2>The discussion</h2>",
        "<p>Participants <em>agreed</em> on <strong>accountability</strong>.</p>",
        "<ul>\n<li>first</li>\n<li>second</li>\n</ul>",
        '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>',
        "<blockquote>\n<p>A quotation</p>\n</blockquote>",
        "<hr />",
        "<p>Welcoming remarks:<br />\nMr. Terje Rød-Larsen</p>",
        "",
      ].join("\n"),
    );
  });

  it("keeps headings between h2 and h4: the page's title is the h1", () => {
    expect(renderRecapMarkdown("# Big\n\n### Middle\n\n###### Small")).toBe("<h2>Big</h2>\n<h3>Middle</h3>\n<h4>Small</h4>\n");
  });

  it("leaves curly and straight quotes as typed", () => {
    expect(renderRecapMarkdown("On “Human Rights and the 2030 Agenda.” It's 'fine' -- really...")).toBe(
      "<p>On “Human Rights and the 2030 Agenda.” It's 'fine' -- really...</p>\n",
    );
  });

  it("links http, https, mailto and relative addresses, marking external ones noopener", () => {
    expect(renderRecapMarkdown("[report](https://www.ipinst.org/report) [us](mailto:events@ipi.org) [event](/events/trygve-lie) see https://example.org")).toBe(
      '<p><a href="https://www.ipinst.org/report" rel="noopener noreferrer">report</a> <a href="mailto:events@ipi.org">us</a> <a href="/events/trygve-lie">event</a> see <a href="https://example.org" rel="noopener noreferrer">https://example.org</a></p>\n',
    );
  });

  it("shows raw HTML as text, never as markup", () => {
    const html = renderRecapMarkdown("<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b> <iframe src=\"/evil\"></iframe>\n\n<p style=\"color:red\">red</p>");
    expectInert(html);
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Hi &lt;b onclick=&quot;x()&quot;&gt;there&lt;/b&gt; &lt;iframe src=&quot;/evil&quot;&gt;&lt;/iframe&gt;</p>\n<p>&lt;p style=&quot;color:red&quot;&gt;red&lt;/p&gt;</p>\n",
    );
  });

  it("never turns event handlers into attributes", () => {
    for (const md of ["<img src=x onerror=alert(1)>", '<a href="/x" onclick="steal()">x</a>', "[x](/y){onclick=alert(1)}", "<svg onload=alert(1)>", '[x](/y "title" onclick="z")']) {
      const html = renderRecapMarkdown(md);
      expectInert(html);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    }
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](java&#9;script:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](   javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](java%09script:alert(1))",
    "[x](%6Aavascript:alert(1))",
    "[x](\u0001javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](DATA:image/png;base64,AAAA)",
    "<javascript:alert(1)>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x](//evil.example/steal)",
  ])("refuses a dangerous link: %s", (md) => {
    const html = renderRecapMarkdown(md);
    expectInert(html);
    expect(html).not.toContain("<a ");
  });

  it("renders no images: photos are managed beside the text", () => {
    const html = renderRecapMarkdown("![Ine Eriksen Søreide speaking](https://example.org/x.jpg)");
    expect(html).toBe("<p>Ine Eriksen Søreide speaking</p>\n");
  });

  it("renders no code blocks", () => {
    expectInert(renderRecapMarkdown("    indented\n\n```\nfenced\n```\n\n`inline`"));
    expect(tagsIn(renderRecapMarkdown("    indented\n\n```\nfenced\n```\n\n`inline`"))).not.toContain("code");
  });
});

describe("the sanitizer behind the renderer", () => {
  it("keeps the allow-list and drops everything else", () => {
    const html = sanitizeRecapHtml(
      '<h1>t</h1><h2 class="x" style="color:red">h</h2><p onclick="x()">p <em>e</em> <strong>s</strong></p><script>alert(1)</script><style>p{}</style><iframe src="https://evil"></iframe><img src=x onerror=alert(1)><table><tr><td>cell</td></tr></table>',
    );
    expect(html).toBe("t<h2>h</h2><p>p <em>e</em> <strong>s</strong></p>cell");
  });

  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="java&#10;script:alert(1)">x</a>',
    '<a href="&#106;&#97;vascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    "<a href='vbscript:x'>x</a>",
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  ])("strips a dangerous href: %s", (html) => {
    const out = sanitizeRecapHtml(html);
    expect(out).toBe("<a>x</a>");
  });

  it("keeps only its own rel on links", () => {
    expect(sanitizeRecapHtml('<a href="https://x.org" rel="opener" target="_blank">x</a>')).toBe('<a href="https://x.org">x</a>');
  });
});

describe("link addresses", () => {
  it.each(["https://www.ipinst.org", "http://example.org/a?b=c#d", "mailto:events@ipi.org", "/events/x", "#speakers", "report.pdf", "/a:b"])("allows %s", (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each(["javascript:alert(1)", " JAVASCRIPT:x", "java\tscript:x", "java\nscript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "//evil.example", "\\\\evil.example", "ftp://x", ""])(
    "refuses %j",
    (href) => {
      expect(isAllowedHref(href)).toBe(false);
    },
  );
});

describe("recap plain text", () => {
  it("gives the text as a reader sees it, without markup", () => {
    expect(
      recapPlainText(
        "## The discussion\n\nParticipants *agreed* on [**accountability**](https://example.org) &amp; funding.\n\n- first\n- second\n\n> quoted\n\nWelcoming remarks:\nMr. Terje Rød-Larsen\n\n![a photo](x.jpg)",
      ),
    ).toBe("The discussion\n\nParticipants agreed on accountability & funding.\n\nfirst\nsecond\n\nquoted\n\nWelcoming remarks:\nMr. Terje Rød-Larsen\n\na photo");
  });

  it("shows raw HTML as the characters typed, as the page does", () => {
    expect(recapPlainText("<b>bold</b> text")).toBe("<b>bold</b> text");
  });

  it("is empty for an empty body", () => {
    expect(recapPlainText("")).toBe("");
    expect(renderRecapMarkdown("")).toBe("");
  });
});
