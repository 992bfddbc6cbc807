import { cardText } from "@/lib/events/social-card-text";

// The image drawn for a page without a photo (Open Graph, Twitter): the
// institute's name, a kicker, the title, a date line, on ink navy. Rendered
// by next/og in the site's own faces, read from disk (lib/brand/card-fonts.ts:
// there may be no internet), and only the characters the fonts draw
// (cardText): next/og would fetch the rest.

export function SocialCard(props: { institute: string; kicker: string; title: string; footer: string | null; logo?: { src: string; width: number; height: number } | null }) {
  const institute = cardText(props.institute);
  const kicker = cardText(props.kicker);
  const title = cardText(props.title);
  const footer = props.footer === null ? null : cardText(props.footer);
  const size = title.length > 90 ? 52 : title.length > 55 ? 62 : 74;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#14213d", color: "#ffffff", padding: "72px 80px", fontFamily: '"Source Sans 3"' }}>
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        {props.logo ? (
          // On a paper plate: a logo drawn for white paper stays legible on navy.
          <div style={{ display: "flex", background: "#ffffff", padding: "10px 14px", borderRadius: 4 }}>
            {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text */}
            <img src={props.logo.src} width={Math.min(props.logo.width, 360)} height={props.logo.height} style={{ objectFit: "contain" }} />
          </div>
        ) : (
          <div style={{ width: 14, height: 14, background: "#5fb3ad", borderRadius: 2 }} />
        )}
        <div style={{ fontSize: 26, fontWeight: 600, letterSpacing: 4, textTransform: "uppercase", color: "#cfe3e1" }}>{institute}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 26, fontWeight: 600, letterSpacing: 3, textTransform: "uppercase", color: "#5fb3ad" }}>{kicker}</div>
        <div style={{ fontFamily: '"Source Serif 4"', fontWeight: 600, fontSize: size, lineHeight: 1.12, letterSpacing: -0.5 }}>{title}</div>
      </div>
      <div style={{ display: "flex", borderTop: "2px solid #3a4a6b", paddingTop: 28, fontSize: 28, color: "#cfd6e4" }}>{footer ?? " "}</div>
    </div>
  );
}
