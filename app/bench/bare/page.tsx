import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Bench", robots: { index: false, follow: false } };

// The framework's own ceiling for `npm run bench`: a dynamic page that reads
// nothing. It exists only in a server started with CONVENE_BENCH=1; anywhere
// else it is the 404 page.
export default async function BarePage() {
  await connection();
  if (env.CONVENE_BENCH !== "1") notFound();
  return <p>Convene</p>;
}
