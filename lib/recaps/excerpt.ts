// A plain-text teaser from a Markdown body: the first paragraph, markup
// stripped, cut at a word boundary.
export function excerpt(markdown: string, maxLength = 220): string {
  const firstParagraph =
    markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !p.startsWith("#") && !p.startsWith("![") && !p.startsWith(">")) ?? "";
  const text = firstParagraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > maxLength * 0.6 ? lastSpace : maxLength).replace(/[\s,;:.]+$/, "")}…`;
}
