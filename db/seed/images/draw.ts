// Draws the demo data's photos once (`npx tsx db/seed/images/draw.ts`): a
// panel on a stage, a roundtable from above, the city at dusk, a dinner by
// candlelight, a speaker at a lectern. Vector scenes rendered by sharp (already
// a dependency), softened and given film grain so they read as photographs in
// a card; the JPEGs are committed beside this file, so nothing is drawn or
// fetched when the demo data loads.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const W = 1500;
const H = 1000;
const here = path.dirname(new URL(import.meta.url).pathname);

/** A small deterministic generator: the same pictures every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;

const SKIN = ["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#ffdbac", "#6b4423", "#a16e4b"];
const HAIR = ["#1b1b1b", "#2c1b10", "#4a3222", "#6d6d6d", "#b9b3a8", "#3b2a1a"];
const SUIT = ["#1d2433", "#2b2f3a", "#3a3f4b", "#4b3b35", "#223047", "#5a1f2b", "#2f4a45"];

/** A seated person seen from the front: shoulders, neck, head, hair. */
function seated(x: number, y: number, scale: number, r: () => number) {
  const skin = SKIN[Math.floor(r() * SKIN.length)];
  const hair = HAIR[Math.floor(r() * HAIR.length)];
  const suit = SUIT[Math.floor(r() * SUIT.length)];
  const s = scale;
  const long = r() > 0.55;
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M-62 120 C-60 40 -40 18 0 14 C40 18 60 40 62 120 Z" fill="${suit}"/>
    <path d="M-14 16 L0 52 L14 16 Z" fill="#eef0f2"/>
    <rect x="-9" y="-6" width="18" height="24" rx="6" fill="${skin}"/>
    ${long ? `<path d="M-30 -30 C-34 10 -28 30 -22 40 L22 40 C28 30 34 10 30 -30 Z" fill="${hair}"/>` : ""}
    <ellipse cx="0" cy="-30" rx="24" ry="29" fill="${skin}"/>
    <path d="M-25 -36 C-24 -62 24 -64 25 -36 C18 -50 -14 -52 -25 -36 Z" fill="${hair}"/>
  </g>`;
}

/** The back of a head in the audience, out of focus in the foreground. */
function audienceHead(x: number, y: number, s: number, r: () => number) {
  const hair = HAIR[Math.floor(r() * HAIR.length)];
  const suit = SUIT[Math.floor(r() * SUIT.length)];
  return `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-90 160 C-86 70 -50 50 0 48 C50 50 86 70 90 160 Z" fill="${suit}"/><ellipse cx="0" cy="0" rx="42" ry="52" fill="${hair}"/></g>`;
}

function panel(): string {
  const r = random(7);
  const people = [330, 580, 920, 1170].map((x) => seated(x, 470, 1.15, r)).join("");
  const mics = [360, 610, 950, 1200].map((x) => `<rect x="${x}" y="560" width="4" height="50" fill="#222"/><ellipse cx="${x + 2}" cy="558" rx="7" ry="10" fill="#111"/>`).join("");
  const glasses = [290, 540, 880, 1130].map((x) => `<rect x="${x}" y="585" width="22" height="36" rx="3" fill="#dfe9ee" opacity="0.7"/>`).join("");
  const heads = Array.from({ length: 9 }, (_, i) => audienceHead(40 + i * 180 + r() * 40, 900 + r() * 40, 1.3 + r() * 0.3, r)).join("");
  return svg(
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b3446"/><stop offset="1" stop-color="#4a4f5c"/></linearGradient>
     <radialGradient id="spot" cx="0.5" cy="0.35" r="0.6"><stop offset="0" stop-color="#fff3dc" stop-opacity="0.45"/><stop offset="1" stop-color="#fff3dc" stop-opacity="0"/></radialGradient>
     <linearGradient id="screen" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#14213d"/><stop offset="1" stop-color="#0f5e5a"/></linearGradient>
     <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1a2540"/><stop offset="1" stop-color="#0d1424"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#wall)"/>
     <rect x="250" y="90" width="1000" height="330" fill="url(#screen)"/>
     <rect x="330" y="190" width="420" height="14" fill="#cfe3e1" opacity="0.85"/><rect x="330" y="225" width="300" height="10" fill="#cfe3e1" opacity="0.5"/>
     <rect x="330" y="330" width="12" height="12" fill="#5fb3ad"/>
     <rect width="${W}" height="${H}" fill="url(#spot)"/>
     <rect x="0" y="700" width="${W}" height="300" fill="#2a2623"/>
     ${people}
     <rect x="180" y="600" width="1140" height="24" fill="#f1efe9"/>
     <rect x="190" y="624" width="1120" height="150" fill="url(#table)"/>
     ${mics}${glasses}
     ${[330, 580, 920, 1170].map((x) => `<rect x="${x - 50}" y="578" width="100" height="24" fill="#fafafa"/>`).join("")}
     <g opacity="0.95">${heads}</g>`,
  );
}

function roundtable(): string {
  const r = random(11);
  const cx = 750;
  const cy = 520;
  const seats = Array.from({ length: 14 }, (_, i) => {
    const a = (i / 14) * Math.PI * 2;
    const x = cx + Math.cos(a) * 560;
    const y = cy + Math.sin(a) * 330;
    const hair = HAIR[Math.floor(r() * HAIR.length)];
    const suit = SUIT[Math.floor(r() * SUIT.length)];
    const deg = (a * 180) / Math.PI + 90;
    const px = cx + Math.cos(a) * 440;
    const py = cy + Math.sin(a) * 255;
    return `<g transform="translate(${x} ${y}) rotate(${deg})"><rect x="-46" y="-10" width="92" height="70" rx="16" fill="#3b2d25"/><ellipse cx="0" cy="6" rx="52" ry="30" fill="${suit}"/><circle cx="0" cy="0" r="22" fill="${hair}"/></g>
      <g transform="translate(${px} ${py}) rotate(${deg + (r() - 0.5) * 20})"><rect x="-34" y="-24" width="68" height="48" fill="#f7f6f2"/><rect x="-26" y="-14" width="44" height="3" fill="#9aa"/><rect x="-26" y="-6" width="36" height="3" fill="#9aa"/></g>
      <circle cx="${cx + Math.cos(a + 0.18) * 420}" cy="${cy + Math.sin(a + 0.18) * 240}" r="10" fill="#dfe9ee" opacity="0.8"/>`;
  }).join("");
  return svg(
    `<radialGradient id="floor" cx="0.5" cy="0.5" r="0.75"><stop offset="0" stop-color="#6b6a66"/><stop offset="1" stop-color="#2f2f31"/></radialGradient>
     <radialGradient id="wood" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#8a5a36"/><stop offset="1" stop-color="#4e2f1b"/></radialGradient>
     <radialGradient id="light" cx="0.5" cy="0.45" r="0.5"><stop offset="0" stop-color="#fff" stop-opacity="0.18"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#floor)"/>
     <ellipse cx="${cx}" cy="${cy}" rx="480" ry="285" fill="url(#wood)"/>
     <ellipse cx="${cx}" cy="${cy}" rx="300" ry="150" fill="#2c5d52" opacity="0.9"/>
     <ellipse cx="${cx}" cy="${cy}" rx="300" ry="150" fill="none" stroke="#c9a96e" stroke-width="3"/>
     ${seats}
     <rect width="${W}" height="${H}" fill="url(#light)"/>`,
  );
}

function skyline(): string {
  const r = random(23);
  let buildings = "";
  let windows = "";
  let x = -20;
  while (x < W) {
    const w = 60 + r() * 110;
    const h = 180 + r() * (r() > 0.85 ? 520 : 300);
    const top = 720 - h;
    const shade = 18 + Math.floor(r() * 18);
    buildings += `<rect x="${x}" y="${top}" width="${w}" height="${h}" fill="rgb(${shade},${shade + 4},${shade + 16})"/>`;
    if (r() > 0.7) buildings += `<rect x="${x + w / 2 - 2}" y="${top - 50}" width="4" height="50" fill="rgb(${shade},${shade},${shade + 10})"/>`;
    for (let wy = top + 14; wy < 700; wy += 18) {
      for (let wx = x + 8; wx < x + w - 10; wx += 14) {
        if (r() > 0.62) windows += `<rect x="${wx.toFixed(1)}" y="${wy.toFixed(1)}" width="6" height="9" fill="${r() > 0.3 ? "#ffd98a" : "#cfe3ff"}" opacity="${(0.45 + r() * 0.5).toFixed(2)}"/>`;
      }
    }
    x += w + 2;
  }
  return svg(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#18224a"/><stop offset="0.25" stop-color="#3b3f6b"/><stop offset="0.45" stop-color="#b0607a"/><stop offset="0.6" stop-color="#e48a55"/><stop offset="0.72" stop-color="#f6bf74"/></linearGradient>
     <linearGradient id="river" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2a2f4d"/><stop offset="1" stop-color="#0c1020"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>
     <circle cx="1180" cy="560" r="46" fill="#ffd3a0" opacity="0.7"/>
     ${buildings}${windows}
     <rect x="0" y="720" width="${W}" height="280" fill="url(#river)"/>
     <g opacity="0.25" transform="translate(0 1440) scale(1 -1)">${buildings}</g>
     ${Array.from({ length: 40 }, () => `<rect x="${(r() * W).toFixed(0)}" y="${(740 + r() * 240).toFixed(0)}" width="${(20 + r() * 80).toFixed(0)}" height="2" fill="#ffd98a" opacity="${(0.15 + r() * 0.3).toFixed(2)}"/>`).join("")}`,
  );
}

function dinner(): string {
  const r = random(31);
  const bokeh = Array.from({ length: 38 }, () => `<circle cx="${(r() * W).toFixed(0)}" cy="${(r() * 420).toFixed(0)}" r="${(20 + r() * 60).toFixed(0)}" fill="${r() > 0.5 ? "#ffcf7a" : "#ffe9c2"}" opacity="${(0.08 + r() * 0.2).toFixed(2)}"/>`).join("");
  const candles = [260, 560, 860, 1160].map(
    (x) => `<circle cx="${x}" cy="520" r="120" fill="url(#glow)"/><rect x="${x - 8}" y="530" width="16" height="90" fill="#f6f1e4"/><ellipse cx="${x}" cy="522" rx="6" ry="14" fill="#ffd27a"/><rect x="${x - 22}" y="618" width="44" height="10" rx="3" fill="#b08d57"/>`,
  ).join("");
  const places = Array.from({ length: 7 }, (_, i) => {
    const x = 110 + i * 215;
    return `<ellipse cx="${x}" cy="780" rx="78" ry="26" fill="#fbfaf7"/><ellipse cx="${x}" cy="780" rx="54" ry="16" fill="#eeeae2"/><path d="M${x + 62} 700 l10 0 l-2 40 l-6 0 Z" fill="#e8eef2" opacity="0.8"/><rect x="${x + 64}" y="740" width="3" height="30" fill="#dfe6ea"/><rect x="${x - 110}" y="772" width="4" height="36" fill="#b9bcc0"/>`;
  }).join("");
  const guests = [180, 470, 760, 1050, 1340].map((x) => seated(x, 520, 1.05, r)).join("");
  return svg(
    `<linearGradient id="room" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2a1a12"/><stop offset="1" stop-color="#5a3a24"/></linearGradient>
     <radialGradient id="glow"><stop offset="0" stop-color="#ffcc70" stop-opacity="0.55"/><stop offset="1" stop-color="#ffcc70" stop-opacity="0"/></radialGradient>
     <linearGradient id="cloth" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4f0e8"/><stop offset="1" stop-color="#cfc6b6"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#room)"/>${bokeh}${guests}
     <path d="M0 640 L${W} 640 L${W} ${H} L0 ${H} Z" fill="url(#cloth)"/>
     ${candles}${places}`,
  );
}

function lectern(): string {
  const r = random(43);
  const flags = ["#0f5e5a", "#a4262c", "#14213d", "#c9a227", "#2e6db4", "#1e6b3a", "#6b2d5c"]
    .map((c, i) => `<rect x="${120 + i * 190}" y="60" width="6" height="560" fill="#8c7a5b"/><path d="M126 80 C 170 70 210 95 250 84 L250 330 C 210 340 170 318 126 330 Z" transform="translate(${i * 190} 0)" fill="${c}" opacity="0.92"/>`)
    .join("");
  return svg(
    `<linearGradient id="panel" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#5b3c25"/><stop offset="0.5" stop-color="#7a5233"/><stop offset="1" stop-color="#4c311f"/></linearGradient>
     <radialGradient id="spot" cx="0.5" cy="0.4" r="0.55"><stop offset="0" stop-color="#fff2d6" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>
     <linearGradient id="desk" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#2a1c12"/><stop offset="0.5" stop-color="#4a3322"/><stop offset="1" stop-color="#2a1c12"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#panel)"/>
     ${Array.from({ length: 12 }, (_, i) => `<rect x="${i * 130}" y="0" width="2" height="${H}" fill="#3a2616" opacity="0.6"/>`).join("")}
     <g opacity="0.9">${flags}</g>
     ${seated(750, 560, 1.9, r)}
     <rect x="820" y="520" width="5" height="110" fill="#111" transform="rotate(-28 822 630)"/><ellipse cx="800" cy="520" rx="8" ry="12" fill="#111" transform="rotate(-28 800 520)"/>
     <path d="M560 640 L940 640 L900 1000 L600 1000 Z" fill="url(#desk)"/>
     <rect x="545" y="620" width="410" height="30" fill="#3a2818"/>
     <circle cx="750" cy="760" r="46" fill="#c9a96e" opacity="0.85"/><circle cx="750" cy="760" r="34" fill="#14213d"/>
     <rect width="${W}" height="${H}" fill="url(#spot)"/>`,
  );
}

/** Film grain, the same every run: a little luminance noise, as a high-ISO photo has. */
function grain(seed: number): Buffer {
  const r = random(seed);
  const px = Buffer.alloc(W * H);
  for (let i = 0; i < px.length; i++) px[i] = 128 + Math.round((r() + r() + r() - 1.5) * 28);
  return px;
}

export const DEMO_PHOTOS = {
  "panel-stage.jpg": { draw: panel, blur: 1.4 },
  "roundtable.jpg": { draw: roundtable, blur: 1.2 },
  "city-dusk.jpg": { draw: skyline, blur: 0.8 },
  "dinner-candles.jpg": { draw: dinner, blur: 2.2 },
  "lectern-flags.jpg": { draw: lectern, blur: 1.6 },
} as const;

async function main() {
  let seed = 100;
  for (const [name, { draw, blur }] of Object.entries(DEMO_PHOTOS)) {
    const base = await sharp(Buffer.from(draw())).blur(blur).toBuffer();
    const noise = await sharp(grain(seed++), { raw: { width: W, height: H, channels: 1 } }).png().toBuffer();
    const out = await sharp(base).composite([{ input: noise, blend: "overlay" }]).modulate({ saturation: 0.92 }).jpeg({ quality: 66, mozjpeg: true }).toBuffer();
    fs.writeFileSync(path.join(here, name), out);
    console.log(name, `${Math.round(out.length / 1024)} KB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(here, "draw.ts")) void main();
