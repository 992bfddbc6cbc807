import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

// Public pages are for everyone; staff pages, guests' personal links and the dev mailbox are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/staff", "/rsvp", "/dev", "/sign-in", "/api"] }],
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
