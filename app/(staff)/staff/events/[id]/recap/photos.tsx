"use client";

import { Star } from "lucide-react";
import { useRef, useState } from "react";
import { Badge, Button, Checkbox, ConfirmDialog, Field, Input, Textarea } from "@/components/ui";
import type { AttributionHit } from "@/lib/recaps/guard/attribution-guard";
import { MAX_RECAP_IMAGE_BYTES, RECAP_IMAGE_TYPES } from "@/lib/recaps/image-limits";
import { photoSrcSet } from "@/lib/recaps/photo-urls";
import { FieldFindings } from "./highlighted";
import { MoveButtons } from "@/components/forms/move-buttons";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export type EditorPhoto = {
  id: string;
  assetId: string;
  caption: string | null;
  altText: string;
  isLead: boolean;
  width: number | null;
  height: number | null;
  byteSize: number;
  filename: string;
};

export type PhotoActions = { upload: FormAction; update: FormAction; lead: FormAction; move: FormAction; remove: FormAction };

const TYPES: readonly string[] = RECAP_IMAGE_TYPES;
const megabytes = (n: number) => `${(Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;

/** Said before uploading, from what the browser knows; the server decides from the bytes. */
function precheck(file: File | undefined): string | null {
  if (!file) return null;
  if (file.size > MAX_RECAP_IMAGE_BYTES) return `${file.name} is ${megabytes(file.size)}; photos can be at most 5 MB. Export it smaller and try again.`;
  if (file.type && !TYPES.includes(file.type)) return `${file.name} is not a JPEG, PNG or WebP image.`;
  return null;
}

export function RecapPhotos({
  eventId,
  photos,
  hits,
  canEdit,
  actions,
}: {
  eventId: string;
  photos: EditorPhoto[];
  hits: AttributionHit[];
  canEdit: boolean;
  actions: PhotoActions;
}) {
  return (
    <section aria-labelledby="photos-heading" className="space-y-4">
      <div>
        <h2 id="photos-heading" className="text-lg font-semibold text-ink">
          Photos
        </h2>
        <p className="text-sm text-muted">The lead photo opens the public page, full width; the others follow the text as a gallery.</p>
      </div>
      {photos.length === 0 ? <p className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">No photos yet. The public page then leads with the title.</p> : null}
      <ol className="space-y-4" aria-label="Photos in order">
        {photos.map((photo, i) => (
          <PhotoCard
            key={photo.id}
            photo={photo}
            index={i}
            count={photos.length}
            hits={hits.filter((h) => h.field === `caption:${photo.id}` || h.field === `alt:${photo.id}`)}
            canEdit={canEdit}
            actions={actions}
          />
        ))}
      </ol>
      {canEdit ? <UploadForm eventId={eventId} action={actions.upload} /> : null}
    </section>
  );
}

/** The photo as the photo route resizes it; an address without a publication, which only signed-in staff can open. */
function Thumbnail({ photo }: { photo: EditorPhoto }) {
  const { src, srcSet } = photoSrcSet({ assetId: photo.assetId, width: photo.width, height: photo.height, version: null }, 320);
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes="(min-width: 640px) 160px, calc(100vw - 4rem)"
      alt={photo.altText}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      loading="lazy"
      decoding="async"
      className="aspect-[4/3] w-full rounded-sm border border-line bg-surface-sunken object-cover"
    />
  );
}

function PhotoCard({ photo, index, count, hits, canEdit, actions }: { photo: EditorPhoto; index: number; count: number; hits: AttributionHit[]; canEdit: boolean; actions: PhotoActions }) {
  const n = index + 1;
  const captionHits = hits.filter((h) => h.field.startsWith("caption:"));
  const altHits = hits.filter((h) => h.field.startsWith("alt:"));
  return (
    <li id={`photo-${photo.id}`} className="grid gap-4 rounded-md border border-line bg-paper p-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <div className="space-y-2">
        <Thumbnail photo={photo} />
        <div className="flex items-center justify-between gap-2 text-xs text-muted">
          <span>
            Photo {n}
            {photo.width && photo.height ? ` · ${photo.width}×${photo.height}` : ""}
          </span>
          {photo.isLead ? (
            <Badge variant="accent">
              <Star aria-hidden="true" /> Lead
            </Badge>
          ) : null}
        </div>
      </div>
      {canEdit ? <PhotoEditor photo={photo} index={index} count={count} captionHits={captionHits} altHits={altHits} actions={actions} /> : <PhotoReadOnly photo={photo} captionHits={captionHits} altHits={altHits} />}
    </li>
  );
}

/** A photo's alt text and caption to correct, and its place among the others. */
function PhotoEditor({ photo, index, count, captionHits, altHits, actions }: { photo: EditorPhoto; index: number; count: number; captionHits: AttributionHit[]; altHits: AttributionHit[]; actions: PhotoActions }) {
  const update = useFormAction(actions.update);
  const lead = useFormAction(actions.lead);
  const move = useFormAction(actions.move);
  const remove = useFormAction(actions.remove);
  const e = update.failure?.fieldErrors ?? {};
  const n = index + 1;
  return (
    <div className="min-w-0 space-y-3">
      <form action={update.run} noValidate className="space-y-3">
        <input type="hidden" name="photoId" value={photo.id} />
        <Field label="Alt text" htmlFor={`alt-${photo.id}`} required error={e.altText} hint="What the photo shows, for people who cannot see it.">
          {(c) => <Input {...c} name="altText" defaultValue={update.failure?.values?.altText ?? photo.altText} />}
        </Field>
        <FieldFindings label="Alt text" text={photo.altText} hits={altHits} />
        <Field label="Caption" htmlFor={`caption-${photo.id}`} optional error={e.caption} hint="Shown under the photo: “From left: …”.">
          {(c) => <Textarea {...c} name="caption" rows={2} defaultValue={update.failure?.values?.caption ?? photo.caption ?? ""} />}
        </Field>
        <FieldFindings label="Caption" text={photo.caption ?? ""} hits={captionHits} />
        <Button type="submit" size="sm" variant="secondary" disabled={update.pending}>
          {update.pending ? "Saving…" : `Save photo ${n}`}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-1 border-t border-line pt-3">
        {!photo.isLead ? (
          <form action={lead.run}>
            <input type="hidden" name="photoId" value={photo.id} />
            <Button type="submit" size="sm" variant="ghost" disabled={lead.pending}>
              <Star aria-hidden="true" /> Make lead<span className="sr-only"> photo {n}</span>
            </Button>
          </form>
        ) : null}
        <MoveButtons move={move} field="photoId" id={photo.id} what={`photo ${n}`} first={index === 0} last={index === count - 1} />
        <ConfirmDialog
          trigger={
            <Button type="button" size="sm" variant="ghost" className="ml-auto text-danger">
              Remove<span className="sr-only"> photo {n}</span>
            </Button>
          }
          title={`Remove photo ${n}?`}
          description="It comes off the recap. Upload it again to put it back."
          confirmLabel="Remove photo"
          action={remove.run}
          fields={{ photoId: photo.id }}
        />
      </div>
    </div>
  );
}

function PhotoReadOnly({ photo, captionHits, altHits }: { photo: EditorPhoto; captionHits: AttributionHit[]; altHits: AttributionHit[] }) {
  return (
    <div className="min-w-0 space-y-2 text-sm">
      <p>
        <span className="font-medium text-ink">Alt text: </span>
        {photo.altText}
      </p>
      <p>
        <span className="font-medium text-ink">Caption: </span>
        {photo.caption ?? <span className="text-muted">none</span>}
      </p>
      <FieldFindings label="Alt text" text={photo.altText} hits={altHits} />
      <FieldFindings label="Caption" text={photo.caption ?? ""} hits={captionHits} />
    </div>
  );
}

function UploadForm({ eventId, action }: { eventId: string; action: FormAction }) {
  const form = useRef<HTMLFormElement>(null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const upload = useFormAction(action, () => {
    form.current?.reset();
  });
  const e = upload.failure?.fieldErrors ?? {};
  return (
    <form ref={form} action={upload.run} noValidate aria-labelledby="add-photo-heading" className="space-y-4 rounded-md border border-line bg-surface p-4">
      <h3 id="add-photo-heading" className="font-semibold text-ink">
        Add a photo
      </h3>
      <input type="hidden" name="eventId" value={eventId} />
      <Field label="Photo" htmlFor="photo-file" required error={tooBig ?? e.file} hint="JPEG, PNG or WebP, up to 5 MB.">
        {(c) => (
          <Input
            {...c}
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="h-auto py-1.5"
            onChange={(ev) => setTooBig(precheck(ev.currentTarget.files?.[0]))}
          />
        )}
      </Field>
      <Field label="Alt text" htmlFor="photo-alt" required error={e.altText} hint="What the photo shows, for people who cannot see it: “Four people in conversation around a table”.">
        {(c) => <Input {...c} name="altText" defaultValue={upload.failure?.values?.altText} />}
      </Field>
      <Field label="Caption" htmlFor="photo-caption" optional error={e.caption}>
        {(c) => <Textarea {...c} name="caption" rows={2} defaultValue={upload.failure?.values?.caption} />}
      </Field>
      <div>
        <Checkbox name="isLead" label="Lead photo (opens the public page)" />
      </div>
      <Button type="submit" variant="secondary" disabled={upload.pending || tooBig !== null}>
        {upload.pending ? "Uploading…" : "Upload photo"}
      </Button>
    </form>
  );
}
