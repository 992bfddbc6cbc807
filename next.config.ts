import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite resolves its WASM and data files relative to its own module URL;
  // bundling it breaks that at run time, so it stays a plain Node require.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
