import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { Button } from "@/components/ui";
import { safeCallbackPath } from "@/lib/auth/tokens";

export const metadata: Metadata = { title: "Sign in — Convene", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

// The link in the email opens this page and changes nothing: mail scanners
// that open links cannot use it up. Only the button signs in.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const email = typeof params.email === "string" ? params.email : "";
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token) || !email || email.length > 254) {
    return (
      <AuthCard title="This link is not complete">
        <p className="text-ink">Copy the whole link from the email, or ask for a new one.</p>
        <p className="mt-5">
          <Link href="/sign-in" className="font-medium text-accent underline underline-offset-4">Ask for a new link</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Sign in to Convene">
      <p className="text-ink">
        Signing in as <strong className="break-all">{email}</strong>.
      </p>
      <form method="get" action="/api/auth/callback/email" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Button type="submit" variant="primary" size="lg" className="w-full">
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
