import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { findGuestByToken } from "@/lib/invitations/queries";

export const metadata: Metadata = { title: "Bench", robots: { index: false, follow: false } };

// The bare page plus the one query the guest page must run (the guest behind
// the link, with their event): the ceiling for any page that reads its guest,
// beside which `npm run bench` shows what drawing the real page costs. Like
// /bench/bare it exists only in a server started with CONVENE_BENCH=1.
export default async function GuestQueryPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  if (env.CONVENE_BENCH !== "1") notFound();
  const guest = await findGuestByToken(getDb(), (await params).token);
  return <p>{guest ? guest.event.title : "Convene"}</p>;
}
