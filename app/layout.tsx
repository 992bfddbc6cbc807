import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { appUrl } from "@/lib/env";
// The faces ship with the app (no font is fetched from anywhere else):
// Source Serif 4 for public headings, Source Sans 3 for text and all staff pages.
import "@fontsource-variable/source-serif-4";
import "@fontsource-variable/source-serif-4/wght-italic.css";
import "@fontsource-variable/source-sans-3";
import "@fontsource-variable/source-sans-3/wght-italic.css";
import "./globals.css";

export const metadata: Metadata = {
  // Open Graph and Twitter images and canonical links resolve against the public address.
  metadataBase: new URL(appUrl()),
  title: { default: "Events", template: "%s" },
  description: "Policy forums, roundtables, symposia and dinners.",
  // public/, made from lib/brand/mark.svg by `npm run icons`.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  themeColor: "#14213d",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so each carries its own CSP nonce
  // (proxy.ts); a page prerendered at build time would carry none and its
  // scripts would be refused.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
