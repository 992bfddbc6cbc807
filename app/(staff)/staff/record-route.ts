import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { Db } from "@/db/types";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";

type Params = Promise<{ id: string }>;

/**
 * A reference record's page (a venue, an organization, a program): the record
 * read once per request, for the title and the page (the query turns a
 * malformed id into null before it reaches the database); staff only; a form
 * for editors.
 */
export function referenceRecordRoute<T extends { name: string }>(get: (db: Db, id: string) => Promise<T | null>, missingTitle: string) {
  const load = cache(async (id: string) => get(getDb(), id));
  return {
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      await requireStaff("viewer");
      const record = await load((await params).id);
      return { title: record ? record.name : missingTitle };
    },
    async load(params: Params): Promise<{ record: T; canEdit: boolean }> {
      const staff = await requireStaff("viewer");
      const record = await load((await params).id);
      if (!record) notFound();
      return { record, canEdit: hasRole(staff.role, "editor") };
    },
  };
}
