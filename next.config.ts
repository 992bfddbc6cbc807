import type { NextConfig } from "next";

// Headers every response carries. The nonce-based Content-Security-Policy is
// belongs in proxy.ts (per request); this one only forbids framing, which needs no nonce.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  // `npm run build` yields one folder, .next/standalone, that runs with
  // `node server.js` and nothing else installed (lib/server/finish-build.mjs
  // completes it: static files, public/, the migration command, and the
  // entry that stops gracefully on SIGTERM).
  output: "standalone",
  // Read at run time from beside their modules, so file tracing cannot see them.
  outputFileTracingIncludes: {
    "/**": ["./node_modules/@touch4it/ical-timezones/**/*"],
    // The social cards' faces (lib/brand/card-fonts.ts), read from disk at run time.
    "/og/**": ["./node_modules/@fontsource/source-serif-4/files/*-600-normal.woff", "./node_modules/@fontsource/source-sans-3/files/*-{400,600}-normal.woff"],
    // The printed materials' faces (lib/print/fonts.ts), read from disk at run time.
    "/staff/events/**": ["./node_modules/@expo-google-fonts/noto-sans/{400Regular,700Bold}/*.ttf", "./node_modules/@expo-google-fonts/noto-sans-arabic/{400Regular,700Bold}/*.ttf"],
    "/og": ["./node_modules/@fontsource/source-serif-4/files/*-600-normal.woff", "./node_modules/@fontsource/source-sans-3/files/*-{400,600}-normal.woff"],
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Not on uploaded files: /assets answers with its own, stricter policy
      // (default-src 'none'; sandbox), and Next keeps a header set here over the route's.
      { source: "/:path((?!assets/).*)", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }] },
      // The door's "Scan a badge" uses the camera of the tablet it runs on (a later header wins over the one above).
      { source: "/staff/events/:id/check-in/:path*", headers: [{ key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" }] },
      { source: "/staff/events/:id/check-in", headers: [{ key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" }] },
      // A guest's page: never cached by a shared cache, never indexed, its address never sent elsewhere.
      {
        source: "/rsvp/:path*",
        headers: [
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      // A person's opt-out and opt-in pages: their address is their link.
      ...["/opt-out/:path*", "/opt-in/:path*"].map((source) => ({
        source,
        headers: [
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      })),
    ];
  },
  // PGlite resolves its WASM and data files relative to its own module URL,
  // and the calendar's zone package reads its VTIMEZONE files beside its own
  // module (__dirname): bundling breaks both at run time (the zone lookups
  // quietly answer nothing), so they stay plain Node requires.
  // @react-pdf/renderer brings its own React reconciler and reads fonts with fontkit: it runs as a plain Node require.
  serverExternalPackages: ["@electric-sql/pglite", "@touch4it/ical-timezones", "@react-pdf/renderer"],
  poweredByHeader: false,
  // Metadata (the <title> above all) is sent in the document's head for
  // everyone, never streamed in after the page: a browser without
  // JavaScript, a screen reader and a tab all see the title at once.
  htmlLimitedBots: /.*/,
  // Next's image optimizer is not used: it caches by address for
  // minimumCacheTTL whatever the source answers later, so an unpublished
  // recap's photo stayed public. Recap photos are resized by their own route
  // (app/assets/[id]/[width]), which asks the database on every request; an
  // empty allow-list makes /_next/image refuse every local address.
  images: { localPatterns: [], remotePatterns: [] },
  reactStrictMode: true,
  // `npm test` runs `tsc --noEmit` before the e2e suite builds: no need to check the same files twice.
  typescript: { ignoreBuildErrors: process.env.CONVENE_TYPECHECKED === "1" },
  // forbidden() gives staff without the role a real 403 page.
  experimental: {
    authInterrupts: true,
    // A people or guest-list CSV may be up to 5 MB; the upload needs a little more.
    serverActions: { bodySizeLimit: "6mb" },
    // `CONVENE_PROFILE=1 npm run build`: server code keeps its function names, for reading a CPU profile (bench/PROFILE.md).
    ...(process.env.CONVENE_PROFILE === "1" ? { serverMinification: false } : {}),
  },
};

export default nextConfig;
