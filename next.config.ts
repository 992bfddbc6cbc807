import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite resolves its WASM and data files relative to its own module URL;
  // bundling it breaks that at run time, so it stays a plain Node require.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() gives staff without the role a real 403 page.
  experimental: {
    authInterrupts: true,
    // A people or guest-list CSV may be up to 5 MB; the upload needs a little more.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
