import type { Metadata } from "next";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { formatLongDate } from "@/lib/events/time";
import { listPrograms } from "@/lib/reference-data/queries";
import { draftRecap } from "@/lib/recaps/draft";
import { countOtherPublishers, getRecapForEditor, listAllowedNames, listProtectedPeople } from "@/lib/recaps/queries";
import { getInstituteCached } from "@/lib/settings/queries";
import { loadEvent } from "../load";
import { addLink, leadPhoto, moveLink, movePhoto, publish, removeLink, removePhoto, saveRecapText, submitForReview, unpublish, updatePhoto, uploadPhoto, withdraw } from "./actions";
import { RecapEditor, type EditorRecapState } from "./editor";

export const metadata: Metadata = { title: "Recap" };

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function byline(recap: NonNullable<Awaited<ReturnType<typeof getRecapForEditor>>>): string {
  const parts: string[] = [];
  if (recap.authorName) parts.push(`Written by ${recap.authorName}`);
  if (recap.status === "in_review" && recap.submittedByName) parts.push(`submitted by ${recap.submittedByName}`);
  if (recap.status === "published" && recap.publishedAt) parts.push(`published ${shortDate.format(recap.publishedAt)}${recap.publishedByName ? ` by ${recap.publishedByName}` : ""}`);
  return parts.join(" · ");
}

export default async function RecapPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff("viewer");
  const { id } = await params;
  const event = await loadEvent(id);
  const db = getDb();
  const [recap, institute, programs, protectedPeople, otherPublishers] = await Promise.all([
    getRecapForEditor(db, event.id),
    getInstituteCached(db),
    listPrograms(db),
    listProtectedPeople(db, event.id),
    countOtherPublishers(db, staff.id),
  ]);
  const allowedNames = await listAllowedNames(db, event.id, institute);
  const draftMarkdown = draftRecap({
    event: { title: event.title, subtitle: event.subtitle, startsAt: event.startsAt, timeZone: event.timeZone, attribution: event.attribution, format: event.format },
    institute,
    cohosts: event.cohosts.map((c) => c.organization.name),
    speakers: event.speakers.map((s) => ({ ...s.person, role: s.role, position: s.position, personId: s.personId })),
  });
  const state: EditorRecapState = {
    status: recap?.status ?? "draft",
    authorId: recap?.authorId ?? null,
    submittedById: recap?.submittedById ?? null,
    internalOnly: recap?.internalOnly ?? event.attribution === "off_record",
    revision: recap?.revision ?? 0,
    updatedAt: recap && recap.revision > 0 ? recap.updatedAt.toISOString() : null,
    title: recap?.title ?? "",
    body: recap?.body ?? "",
    programId: recap?.programId ?? event.programId ?? "",
    topics: recap?.topics ?? [],
    uncovered: recap?.uncoveredAgendaItemIds ?? [],
    byline: recap ? byline(recap) : "",
  };

  return (
    <RecapEditor
      eventId={event.id}
      staff={{ id: staff.id, role: staff.role }}
      isEditor={hasRole(staff.role, "editor")}
      event={{
        title: event.title,
        dateLine: formatLongDate(event.startsAt, event.timeZone),
        attribution: event.attribution,
        agendaItems: event.agendaItems.map((i) => ({ id: i.id, title: i.title, attribution: i.attribution })),
      }}
      recap={state}
      photos={(recap?.photos ?? []).map((p) => ({ id: p.id, assetId: p.assetId, caption: p.caption, altText: p.altText, isLead: p.isLead, width: p.width, height: p.height, byteSize: p.byteSize, filename: p.filename }))}
      links={(recap?.links ?? []).map((l) => ({ id: l.id, kind: l.kind, title: l.title, url: l.url }))}
      guard={{ people: protectedPeople, allowedNames }}
      programs={programs}
      draftMarkdown={draftMarkdown}
      otherPublishers={otherPublishers}
      publicUrl={`/events/${event.slug}`}
      phrasing={{ recapPhrasing: institute.recapPhrasing }}
      actions={{
        save: saveRecapText,
        workflow: { submit: submitForReview, publish, unpublish, withdraw },
        photos: { upload: uploadPhoto, update: updatePhoto, lead: leadPhoto, move: movePhoto, remove: removePhoto },
        links: { add: addLink, move: moveLink, remove: removeLink },
      }}
    />
  );
}
