import { coverFallback, type CoverTone } from "@/lib/events/cover";
import type { EventFormat } from "@/lib/events/format";
import { photoSrcSet, type PhotoSource, type PhotoWidth } from "@/lib/recaps/photo-urls";

// An event's picture: its photo (a cover, or a published recap's lead photo)
// from Convene's own photo route, or, without one, a cover set in type from
// the event itself. No script, no image fetched for the drawn one: it is
// HTML and CSS, so it is as sharp on paper as on a phone.

export type CoverPicture = PhotoSource & { alt: string };

type EventFacts = { format: EventFormat; startsAt: Date; timeZone: string; title: string };

const TONE: Record<CoverTone, { box: string; label: string; mark: string; numeral: string; title: string; date: string }> = {
  // Contrast: paper on ink 15.97:1, #9fd3cd on ink 9.9:1; paper on teal 7.58:1, #cfe3e1 on teal 6.1:1; ink and accent on #f2efe8 ≥ 6.6:1.
  ink: { box: "bg-ink", label: "text-[#9fd3cd]", mark: "bg-[#5fb3ad]", numeral: "text-paper/[0.07]", title: "text-paper", date: "text-[#cfd6e4]" },
  teal: { box: "bg-accent", label: "text-[#cfe3e1]", mark: "bg-paper/80", numeral: "text-paper/[0.09]", title: "text-paper", date: "text-[#e6f0ef]" },
  paper: { box: "bg-surface-sunken ring-1 ring-inset ring-line", label: "text-accent", mark: "bg-accent", numeral: "text-ink/[0.06]", title: "text-ink", date: "text-ink-soft" },
};

const TITLE_SIZE = { lg: "text-[1.6rem] leading-[1.15]", md: "text-[1.3rem] leading-[1.2]", sm: "text-[1.1rem] leading-[1.25]" } as const;

/**
 * The drawn cover. It repeats what the page says beside it (format, date,
 * title), so it is hidden from screen readers; `compact` (a thumbnail) sets
 * the format and the date only.
 */
export function DrawnCover({ event, variant = "card", className = "" }: { event: EventFacts; variant?: "card" | "compact"; className?: string }) {
  const f = coverFallback(event);
  const t = TONE[f.tone];
  return (
    <div aria-hidden="true" data-cover="drawn" className={`relative isolate flex flex-col overflow-hidden rounded-sm ${t.box} ${className}`}>
      {/* The day, huge and faint, as texture: drawn by CSS from the attribute, so it is no text to read or to measure for contrast. */}
      <span
        data-numeral={f.day}
        className={`pointer-events-none absolute -bottom-[0.18em] -right-[0.04em] -z-10 select-none font-serif leading-none after:content-[attr(data-numeral)] ${t.numeral} ${variant === "compact" ? "text-[7rem]" : "text-[11rem]"}`}
      />
      <div className={`flex items-center gap-2 ${variant === "compact" ? "px-3 pt-3" : "px-5 pt-5"}`}>
        <span className={`size-2 shrink-0 rounded-[1px] ${t.mark}`} />
        <span className={`truncate font-semibold uppercase tracking-[0.18em] ${t.label} ${variant === "compact" ? "text-[0.6rem]" : "text-[0.7rem]"}`}>{f.label}</span>
      </div>
      {variant === "compact" ? (
        <div className="mt-auto px-3 pb-3">
          <span className={`block font-serif text-3xl leading-none ${t.title}`}>{f.day}</span>
          <span className={`mt-1 block text-[0.65rem] font-semibold uppercase tracking-[0.16em] ${t.date}`}>
            {f.month} {f.year}
          </span>
        </div>
      ) : (
        <div className="mt-auto px-5 pb-5">
          <span className={`block text-[0.7rem] font-semibold uppercase tracking-[0.18em] ${t.date}`}>
            {f.day} {f.month} {f.year}
          </span>
          <span className={`mt-2 block font-serif ${TITLE_SIZE[f.size]} ${t.title} line-clamp-4`}>{f.title}</span>
        </div>
      )}
    </div>
  );
}

/** A photo from the photo route, cut to its frame; its alt text says what it shows. */
export function CoverPhoto({ picture, sizes, preferred = 640, className = "", eager = false }: { picture: CoverPicture; sizes: string; preferred?: PhotoWidth; className?: string; eager?: boolean }) {
  const { src, srcSet } = photoSrcSet(picture, preferred);
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={picture.alt}
      width={picture.width ?? undefined}
      height={picture.height ?? undefined}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      data-cover="photo"
      className={`rounded-sm bg-surface-sunken object-cover ${className}`}
    />
  );
}

/** The picture of an event in a card: its photo, or the drawn cover, in a 3:2 frame. */
export function EventPicture({ event, picture, sizes, variant = "card", className = "" }: { event: EventFacts; picture: CoverPicture | null; sizes: string; variant?: "card" | "compact"; className?: string }) {
  return picture ? (
    <CoverPhoto picture={picture} sizes={sizes} preferred={variant === "compact" ? 320 : 640} className={`aspect-[3/2] ${className || "w-full"}`} />
  ) : (
    <DrawnCover event={event} variant={variant} className={`aspect-[3/2] ${className || "w-full"}`} />
  );
}

/** A listed event's cover as a picture: unversioned (public while the event is: app/assets/serve-asset.ts). */
export function coverPictureOf(row: { coverAssetId: string | null; coverAlt: string | null; coverWidth: number | null; coverHeight: number | null }): CoverPicture | null {
  return row.coverAssetId ? { assetId: row.coverAssetId, alt: row.coverAlt ?? "", width: row.coverWidth, height: row.coverHeight, version: null } : null;
}
