import { renderRecapMarkdown } from "@/lib/recaps/markdown";
import { photoSrcSet } from "@/lib/recaps/photo-urls";
import { RECAP_LINK_KINDS, recapLinkHeading, type RecapLinkKind } from "@/lib/recaps/schema";

export type RecapPhotoView = {
  id: string;
  caption: string | null;
  altText: string;
  isLead: boolean;
  position: number;
  asset: { id: string; width: number | null; height: number | null };
};

type LinkView = { id: string; kind: RecapLinkKind; title: string; url: string; position: number };

/**
 * A photo from Convene's own photo route, resized there (never by the shared
 * image optimizer, which would keep serving it after the recap is
 * unpublished). `version` is the recap's publication (lib/recaps/photo-urls.ts).
 */
function Photo({ photo, version, sizes, lead }: { photo: RecapPhotoView; version: string | null; sizes: string; lead?: boolean }) {
  const { width, height } = photo.asset;
  const { src, srcSet } = photoSrcSet({ assetId: photo.asset.id, width, height, version });
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={photo.altText}
      width={width ?? undefined}
      height={height ?? undefined}
      loading={lead ? "eager" : "lazy"}
      fetchPriority={lead ? "high" : undefined}
      decoding="async"
      className="h-auto w-full rounded-sm bg-surface-sunken"
    />
  );
}

/** The lead photo, full width with its caption. */
export function RecapLeadPhoto({ photo, version }: { photo: RecapPhotoView; version: string | null }) {
  return (
    <figure>
      <Photo photo={photo} version={version} sizes="(min-width: 1152px) 1088px, 100vw" lead />
      {photo.caption ? <figcaption className="mt-3 max-w-3xl text-sm leading-relaxed text-muted">{photo.caption}</figcaption> : null}
    </figure>
  );
}

/** The leading photo: the one chosen, or none. */
export function leadPhotoOf<T extends { isLead: boolean }>(photos: readonly T[]): T | null {
  return photos.find((p) => p.isLead) ?? null;
}

/** Body (sanitized Markdown), gallery with captions, related links grouped under their headings. */
export function RecapArticle({ body, photos, links, version }: { body: string; photos: readonly RecapPhotoView[]; links: readonly LinkView[]; version: string | null }) {
  const gallery = [...photos].filter((p) => !p.isLead).sort((a, b) => a.position - b.position);
  const kinds = RECAP_LINK_KINDS.filter((k) => links.some((l) => l.kind === k));
  return (
    <div>
      {/* renderRecapMarkdown allows only paragraphs, headings, emphasis, lists, quotations and safe links. */}
      <div className="prose-public" dangerouslySetInnerHTML={{ __html: renderRecapMarkdown(body) }} />
      {gallery.length > 0 ? (
        <section aria-label="Photos" className="mt-12">
          <ul className="grid gap-8 sm:grid-cols-2">
            {gallery.map((photo) => (
              <li key={photo.id}>
                <figure>
                  <Photo photo={photo} version={version} sizes="(min-width: 640px) 360px, 100vw" />
                  {photo.caption ? <figcaption className="mt-2 text-sm leading-relaxed text-muted">{photo.caption}</figcaption> : null}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {kinds.length > 0 ? (
        <div className="mt-12 grid gap-8 border-t border-line pt-8 sm:grid-cols-2">
          {kinds.map((kind) => (
            <section key={kind} aria-labelledby={`links-${kind}`}>
              <h3 id={`links-${kind}`} className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">
                {recapLinkHeading(kind)}
              </h3>
              <ul className="mt-3 space-y-2">
                {links
                  .filter((l) => l.kind === kind)
                  .sort((a, b) => a.position - b.position)
                  .map((l) => (
                    <li key={l.id}>
                      <a href={l.url} className="text-ink underline decoration-accent/50 underline-offset-4 hover:decoration-accent" rel="noopener noreferrer">
                        {l.title}
                      </a>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
