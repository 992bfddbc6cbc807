import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Sign-in problem — Convene" };
export const dynamic = "force-dynamic";

// Every way a sign-in can fail, in words (lib/auth/link-state.ts and Auth.js name them).
function explain(error: string | undefined): { title: string; text: string } {
  switch (error) {
    case "LinkUsed":
      return {
        title: "This sign-in link has already been used",
        text: "Each link signs in once. If you did not use it yourself, ask for a new one: it is sent only to your work address.",
      };
    case "LinkExpired":
      return { title: "This sign-in link has expired", text: "Links work for 10 minutes after they are sent. Ask for a new one." };
    case "AccessDenied":
      return {
        title: "This address is not on the staff list",
        text: "Only staff added by an admin can sign in. If you should have access, ask an admin to add you.",
      };
    case "Verification":
      return { title: "This sign-in link no longer works", text: "Links work once, for 10 minutes. Ask for a new one." };
    default:
      return { title: "We could not sign you in", text: "Something went wrong on our side. Please ask for a new sign-in link." };
  }
}

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = await searchParams;
  const { title, text } = explain(typeof error === "string" ? error : undefined);
  return (
    <AuthCard title={title}>
      <p className="text-ink">{text}</p>
      <p className="mt-5">
        <Link href="/sign-in" className="font-medium text-accent underline underline-offset-4">Ask for a new link</Link>
      </p>
    </AuthCard>
  );
}
