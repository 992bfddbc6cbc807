import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Sign-in problem — Convene" };
export const dynamic = "force-dynamic";

function explain(error: string | undefined): { title: string; text: string } {
  switch (error) {
    case "Verification":
      return { title: "This sign-in link no longer works", text: "Links work once, for 10 minutes. Ask for a new one." };
    case "AccessDenied":
      return { title: "This address cannot sign in", text: "Only staff added by an admin can sign in. Ask an admin to add you." };
    default:
      return { title: "We could not sign you in", text: "Please ask for a new sign-in link." };
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
