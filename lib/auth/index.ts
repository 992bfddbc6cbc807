import "server-only";
import NextAuth from "next-auth";
import { getDb } from "@/db";
import { findStaffByEmail } from "@/lib/staff/queries";
import { appUrl } from "@/lib/env";
import { authAdapter } from "./adapter";
import { forgetAuthUrl } from "./auth-url";
import { secureCookiesFor } from "./cookies";
import type { StaffRole } from "./roles";
import { getAuthSecret } from "./secret";
import { newToken, safeCallbackPath, SIGN_IN_LINK_MINUTES } from "./tokens";

declare module "next-auth" {
  interface User {
    role?: StaffRole;
  }
}

// Auth.js's addresses come from APP_URL alone (lib/auth/auth-url.ts).
forgetAuthUrl();

// Configured per request (not at import), so a build never opens the database.
export const { handlers, auth, signOut } = NextAuth(async () => ({
  adapter: authAdapter(getDb()),
  secret: await getAuthSecret(getDb()),
  trustHost: true,
  useSecureCookies: secureCookiesFor(appUrl()),
  // 32 random bytes rather than Auth.js's UUID; only their hash is stored (lib/auth/adapter.ts).
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60, generateSessionToken: newToken },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      // Links are issued only by lib/auth/sign-in-link.ts (through the
      // outbox); Auth.js's own sign-in endpoint is closed in the route handler.
      sendVerificationRequest: () => {
        throw new Error("Sign-in links are issued by Convene's sign-in page");
      },
      options: {},
    },
  ],
  callbacks: {
    // Only people an admin added may sign in, checked again when the link is used.
    async signIn({ user }) {
      if (!user.email) return false;
      return (await findStaffByEmail(getDb(), user.email)) !== null;
    },
    // Auth.js keeps any path on its own origin; Convene's rule is stricter (lib/auth/tokens.ts).
    redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
      if (url.startsWith(`${baseUrl}/`)) return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length))}`;
      return `${baseUrl}/staff`;
    },
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id, role: user.role } };
    },
  },
}));
