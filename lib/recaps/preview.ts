import { highlightSegments, type AttributionHit } from "./guard/attribution-guard";
import { renderRecapMarkdown } from "./markdown";

// The editor's preview is the public rendering with the guard's hits marked
// in place. Hits are offsets into the Markdown as typed, so each one is
// wrapped in two private-use characters before rendering (Markdown and the
// sanitizer pass them through as text), and the characters then become
// <mark> elements. A hit that crosses markup ("said **Jane Doe**") is closed
// before each tag and reopened after it, so the HTML stays well nested.

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The body's hits only (field "body"), in order, without overlaps. */
export function renderRecapPreview(markdown: string, hits: readonly AttributionHit[]): string {
  const source = (markdown ?? "").replace(MARKERS, "");
  const segments = highlightSegments(source, hits);
  const marked = segments.map((s) => (s.hit ? `${OPEN}${s.text}${CLOSE}` : s.text)).join("");
  const html = renderRecapMarkdown(marked);
  const placed = segments.filter((s) => s.hit).map((s) => s.hit as AttributionHit);

  let index = -1;
  let open = false;
  const openTag = () => {
    const hit = placed[index];
    return `<mark class="guard-hit" data-hit="${index}" title="${escapeAttribute(hit?.reason ?? "")}">`;
  };
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        // A marker lands in an attribute only through a link target: drop it
        // there, but count the hit so the reasons stay in step.
        index += (part.match(/\uE000|%EE%80%80/gi) ?? []).length;
        const tag = part.replace(MARKERS, "").replace(/%EE%80%8[01]/gi, "");
        return open ? `</mark>${tag}${openTag()}` : tag;
      }
      return part.replace(MARKERS, (marker) => {
        if (marker === OPEN) {
          index += 1;
          open = true;
          return openTag();
        }
        if (!open) return "";
        open = false;
        return "</mark>";
      });
    })
    .join("")
    .replace(/<mark class="guard-hit"[^>]*><\/mark>/g, "");
}
