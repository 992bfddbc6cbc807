type Link = { id: string; kind: "coverage" | "video" | "publication" | "download"; title: string; url: string; position: number };

const LINK_HEADINGS: Record<Link["kind"], string> = {
  coverage: "Related coverage",
  video: "Watch",
  publication: "Further reading",
  download: "Downloads",
};

// Paragraph-level rendering of the recap body; React escapes the text, so
// nothing in it can become markup.
function Paragraphs({ body }: { body: string }) {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return (
    <>
      {blocks.map((block, i) =>
        block.startsWith("## ") ? (
          <h3 key={i}>{block.slice(3)}</h3>
        ) : block.startsWith("> ") ? (
          <blockquote key={i}>{block.replace(/^> ?/gm, "")}</blockquote>
        ) : (
          <p key={i}>{block}</p>
        ),
      )}
    </>
  );
}

export function RecapArticle({ body, links }: { body: string; links: readonly Link[] }) {
  const kinds = (["coverage", "video", "publication", "download"] as const).filter((k) => links.some((l) => l.kind === k));
  return (
    <div>
      <div className="prose-public">
        <Paragraphs body={body} />
      </div>
      {kinds.map((kind) => (
        <section key={kind} className="mt-10" aria-labelledby={`links-${kind}`}>
          <h3 id={`links-${kind}`} className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">
            {LINK_HEADINGS[kind]}
          </h3>
          <ul className="mt-3 space-y-2">
            {links
              .filter((l) => l.kind === kind)
              .sort((a, b) => a.position - b.position)
              .map((l) => (
                <li key={l.id}>
                  <a href={l.url} className="text-ink underline decoration-accent/50 underline-offset-4 hover:decoration-accent" rel="noopener">
                    {l.title}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
