import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffShell } from "@/components/staff/staff-shell";
import { ZoneCookie } from "@/components/staff/zone-cookie";
import { viewerTimeZone } from "@/lib/events/viewer-zone";
import { Toaster } from "@/components/ui";
import { signOut } from "@/lib/auth";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Convene", template: "%s — Convene" }, robots: { index: false } };
export const dynamic = "force-dynamic";

async function signOutAction() {
  "use server";
  // Auth.js would build the address from the request's headers; a path needs none.
  await signOut({ redirect: false });
  redirect("/sign-in?signedOut=1");
}

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff("viewer");
  const zone = await viewerTimeZone();
  return (
    <StaffShell staff={staff} signOut={signOutAction}>
      <ZoneCookie known={zone} />
      {children}
      <Toaster />
    </StaffShell>
  );
}
