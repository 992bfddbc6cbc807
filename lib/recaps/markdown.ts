import MarkdownIt from "markdown-it";
import { FilterXSS } from "xss";

type Token = ReturnType<MarkdownIt["parse"]>[number];

// One renderer for the public recap and the editor's live preview (a client
// component), so both must run in Node and the browser: markdown-it with raw
// HTML off, then an allow-list sanitizer over its output. The sanitizer is the
// second wall, there in case a Markdown rule or plugin ever lets markup
// through; neither trusts the other.
//
// What a recap may contain: paragraphs, headings h2–h4 (the page's own title
// is the h1), emphasis, strong, lists, block quotes, links (http, https,
// mailto and relative), rules and line breaks. No raw HTML (it shows as
// typed), no images (photos are managed beside the text; an image's alt text
// is kept), no code blocks. A single line break is a line break, so a speaker
// list typed line by line reads as typed. Curly quotes are left as typed.

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

// Browsers drop tabs and newlines anywhere in a URL and trim controls and
// spaces around it before reading the scheme: "java\tscript:" runs.
const IGNORED_IN_URLS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Whether a link target is http(s), mailto or relative to this site; everything else (javascript:, data:, vbscript:, //host) is refused. */
export function isAllowedHref(href: string): boolean {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // A malformed escape decodes to nothing useful; judge the text as it is.
  }
  const compact = decoded.replace(IGNORED_IN_URLS, "");
  if (!compact) return false;
  // "//host" and "\\host" leave the site though they look relative.
  if (/^[\\/]{2}/.test(compact)) return false;
  const colon = compact.indexOf(":");
  const firstDelimiter = compact.search(/[/?#]/);
  if (colon === -1 || (firstDelimiter !== -1 && firstDelimiter < colon)) return true;
  return ALLOWED_SCHEMES.has(compact.slice(0, colon).toLowerCase());
}

const isExternal = (href: string) => /^\s*https?:/i.test(href);

const md = new MarkdownIt("commonmark", { html: false, linkify: true, typographer: false, breaks: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
md.enable("linkify");
md.disable(["code", "fence", "html_block", "html_inline", "backticks"]);
md.validateLink = isAllowedHref;

const clampHeading = (tag: string) => (tag === "h1" ? "h2" : tag === "h5" || tag === "h6" ? "h4" : tag);

function applyPolicy(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = clampHeading(token.tag);
    if (!token.children) continue;
    for (const child of token.children) {
      if (child.type === "image") {
        // Photos live beside the text; keep what the image was meant to say.
        child.type = "text";
        child.tag = "";
        child.attrs = null;
        child.children = null;
      } else if (child.type === "link_open") {
        const href = child.attrGet("href") ?? "";
        if (isExternal(href)) child.attrSet("rel", "noopener noreferrer");
      }
    }
  }
}

md.core.ruler.push("recap_policy", (state) => {
  applyPolicy(state.tokens);
});

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ":", tab: "\t", newline: "\n" })[name.toLowerCase()] ?? "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const sanitizer = new FilterXSS({
  whiteList: {
    p: [],
    h2: [],
    h3: [],
    h4: [],
    em: [],
    strong: [],
    ul: [],
    ol: ["start"],
    li: [],
    blockquote: [],
    a: ["href", "rel"],
    hr: [],
    br: [],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ["script", "style", "iframe", "object", "embed", "template", "svg", "math"],
  allowCommentTag: false,
  onTagAttr(tag, name, value) {
    if (tag === "a" && name === "href") return isAllowedHref(decodeEntities(value)) ? `href="${value}"` : "";
    if (tag === "a" && name === "rel") return value === "noopener noreferrer" ? `rel="${value}"` : "";
    if (tag === "ol" && name === "start") return /^\d{1,6}$/.test(value) ? `start="${value}"` : "";
    return undefined;
  },
  // Only the attributes handled above survive.
  safeAttrValue: () => "",
});

/** HTML cut down to the recap's allow-list: the second wall behind the renderer. */
export function sanitizeRecapHtml(html: string): string {
  return sanitizer.process(html);
}

/** The recap body as sanitized HTML, the same on the public page and in the editor's preview. */
export function renderRecapMarkdown(markdown: string): string {
  return sanitizeRecapHtml(md.render(markdown ?? ""));
}

const BLOCK_ENDS = new Set(["paragraph_close", "heading_close", "bullet_list_close", "ordered_list_close", "blockquote_close", "hr"]);

/**
 * The recap as a reader sees it, without markup: for feeds, search excerpts
 * and the Chatham House guard's idea of "visible text". Blocks are separated
 * by a blank line, list items and line breaks by a newline.
 */
export function recapPlainText(markdown: string): string {
  let out = "";
  for (const token of md.parse(markdown ?? "", {})) {
    if (token.type === "inline") {
      for (const child of token.children ?? []) {
        if (child.type === "text" || child.type === "code_inline") out += child.content;
        else if (child.type === "softbreak" || child.type === "hardbreak") out += "\n";
      }
    } else if (token.type === "list_item_close") {
      out += "\n";
    } else if (BLOCK_ENDS.has(token.type) && !token.hidden) {
      out += "\n\n";
    }
  }
  return out
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
