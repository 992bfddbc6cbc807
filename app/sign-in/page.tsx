import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { getCurrentStaff } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in — Convene" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? safeCallbackPath(params.callbackUrl) : undefined;
  if (await getCurrentStaff()) redirect(callbackUrl ?? "/staff");
  return (
    <AuthCard title="Sign in to Convene" footer="Only staff added by an admin can sign in.">
      {params.signedOut ? (
        <p role="status" className="mb-5 rounded-md bg-success-tint px-3 py-2 text-sm text-success">
          You have signed out.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
