import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite resolves its WASM and data files relative to its own module URL;
  // bundling it breaks that at run time, so it stays a plain Node require.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Recap photos come from the assets route (bytes in PostgreSQL) and are
  // resized by next/image with sharp; nothing else is optimized.
  images: {
    localPatterns: [{ pathname: "/assets/**", search: "" }],
    deviceSizes: [640, 828, 1080, 1280, 1600, 2048],
    imageSizes: [160, 320, 480],
    formats: ["image/webp"],
    minimumCacheTTL: 31_536_000,
  },
  reactStrictMode: true,
  // forbidden() gives staff without the role a real 403 page.
  experimental: {
    authInterrupts: true,
    // A people or guest-list CSV may be up to 5 MB; the upload needs a little more.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
