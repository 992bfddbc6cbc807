"use client";

import { useRef, useState } from "react";
import { Button, ConfirmDialog, Field, Input } from "@/components/ui";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { MIN_COVER_HEIGHT, MIN_COVER_WIDTH } from "@/lib/events/cover";
import { MAX_RECAP_IMAGE_BYTES, RECAP_IMAGE_TYPES } from "@/lib/recaps/image-limits";
import { photoSrcSet } from "@/lib/recaps/photo-urls";

export type EditorCover = { assetId: string; alt: string; width: number | null; height: number | null };

const TYPES: readonly string[] = RECAP_IMAGE_TYPES;
const megabytes = (n: number) => `${(Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;

/** Said before uploading, from what the browser knows; the server decides from the bytes. */
function precheck(file: File | undefined): string | null {
  if (!file) return null;
  if (file.size > MAX_RECAP_IMAGE_BYTES) return `${file.name} is ${megabytes(file.size)}; photos can be at most 5 MB. Export it smaller and try again.`;
  if (file.type && !TYPES.includes(file.type)) return `${file.name} is not a JPEG, PNG or WebP image.`;
  return null;
}

/** The event's cover photo: upload or replace it with its alt text, correct the alt text, or take it off. */
export function CoverForm({ eventId, cover, actions }: { eventId: string; cover: EditorCover | null; actions: { save: FormAction; remove: FormAction } }) {
  const form = useRef<HTMLFormElement>(null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const save = useFormAction(actions.save, () => {
    const file = form.current?.elements.namedItem("file");
    if (file instanceof HTMLInputElement) file.value = "";
  });
  const remove = useFormAction(actions.remove);
  const e = save.failure?.fieldErrors ?? {};
  const preview = cover ? photoSrcSet({ ...cover, version: null }, 640) : null;
  return (
    <section aria-labelledby="cover-heading" className="mt-10 max-w-3xl space-y-4 border-t border-line pt-8">
      <div>
        <h2 id="cover-heading" className="text-lg font-semibold text-ink">
          Cover photo
        </h2>
        <p className="text-sm text-muted">
          Leads the public page and the event’s card in the lists. Without one, a cover is drawn from the format, the date and the title.
        </p>
      </div>
      <div className="grid gap-5 sm:grid-cols-[14rem_minmax(0,1fr)]">
        <div>
          {cover && preview ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={preview.src}
              srcSet={preview.srcSet}
              sizes="224px"
              alt={cover.alt}
              width={cover.width ?? undefined}
              height={cover.height ?? undefined}
              className="aspect-[3/2] w-full rounded-sm border border-line bg-surface-sunken object-cover"
            />
          ) : (
            <p className="flex aspect-[3/2] w-full items-center justify-center rounded-sm border border-dashed border-line-strong px-4 text-center text-sm text-muted">
              No cover yet: the drawn cover is shown.
            </p>
          )}
          {cover?.width && cover.height ? (
            <p className="mt-1 text-xs text-muted">
              {cover.width}×{cover.height} pixels
            </p>
          ) : null}
        </div>
        <div className="min-w-0 space-y-4">
          <form ref={form} action={save.run} noValidate className="space-y-4">
            <input type="hidden" name="eventId" value={eventId} />
            <Field
              label={cover ? "Replace with" : "Photo"}
              htmlFor="cover-file"
              required={!cover}
              optional={Boolean(cover)}
              error={tooBig ?? e.file}
              hint={`JPEG, PNG or WebP, up to 5 MB, at least ${MIN_COVER_WIDTH} × ${MIN_COVER_HEIGHT} pixels, landscape.`}
            >
              {(c) => (
                <Input {...c} name="file" type="file" accept="image/jpeg,image/png,image/webp" className="h-auto py-1.5" onChange={(ev) => setTooBig(precheck(ev.currentTarget.files?.[0]))} />
              )}
            </Field>
            <Field label="Alt text" htmlFor="cover-alt" required error={e.coverAlt} hint="What the photo shows, for people who cannot see it: “Delegates seated at a long table under the Council’s mural”.">
              {(c) => <Input {...c} key={cover?.assetId ?? "none"} name="coverAlt" defaultValue={save.failure?.values?.coverAlt ?? cover?.alt ?? ""} />}
            </Field>
            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" variant="secondary" disabled={save.pending || tooBig !== null}>
                {save.pending ? "Saving…" : "Save cover"}
              </Button>
              {cover ? (
                <ConfirmDialog
                  trigger={
                    <Button type="button" variant="ghost" className="text-danger">
                      Remove cover
                    </Button>
                  }
                  title="Remove the cover photo?"
                  description="The public page and the lists show the drawn cover instead. Upload the photo again to put it back."
                  confirmLabel="Remove cover"
                  action={remove.run}
                  fields={{ eventId }}
                />
              ) : null}
            </div>
          </form>
        </div>
      </div>
    </section>
  );
}
