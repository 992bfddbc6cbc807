"use client";

import { FileText } from "lucide-react";
import { useDeferredValue, useMemo, useRef, useSyncExternalStore, type RefObject } from "react";
import { Badge, Button, Checkbox, ConfirmDialog, Field, FieldHint, Input, Options, Select, Textarea } from "@/components/ui";
import { attributionLabel, type Attribution } from "@/lib/events/attribution";
import { formatClock, formatShortWhen } from "@/lib/events/time";
import { findAttributionHits, type AttributionHit } from "@/lib/recaps/guard/attribution-guard";
import type { ProtectedPerson } from "@/lib/recaps/guard/types";
import { renderRecapPreview } from "@/lib/recaps/preview";
import {
  contentProblems,
  guardScope,
  placeholderFindings,
  PLACEHOLDERS_PROBLEM,
  recapGuardTexts,
  selfPublishChecklist,
  type PlaceholderFinding,
  type ScopeAgendaItem,
} from "@/lib/recaps/publish-checks";
import { parseTopics } from "@/lib/recaps/schema";
import { recapStatusLabel, type RecapStatus } from "@/lib/recaps/workflow";
import type { StaffRole } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/safe-action";
import type { Institute } from "@/lib/settings/institute";
import { GuardFindings } from "./guard-findings";
import { PlaceholderFindings } from "./placeholder-findings";
import { FieldFindings } from "./highlighted";
import { RecapLinks, type EditorLink, type LinkActions } from "./links";
import { RecapPhotos, type EditorPhoto, type PhotoActions } from "./photos";
import { useAutosave, type SaveStatus } from "./use-autosave";
import { RecapWorkflow, type WorkflowActions } from "./workflow";

export type EditorRecapState = {
  status: RecapStatus;
  authorId: string | null;
  submittedById: string | null;
  internalOnly: boolean;
  revision: number;
  updatedAt: string | null;
  title: string;
  body: string;
  programId: string;
  topics: string[];
  uncovered: string[];
  byline: string;
};

export type RecapEditorProps = {
  eventId: string;
  staff: { id: string; role: StaffRole };
  isEditor: boolean;
  event: { title: string; dateLine: string; attribution: Attribution; agendaItems: ScopeAgendaItem[] };
  recap: EditorRecapState;
  photos: EditorPhoto[];
  links: EditorLink[];
  guard: { people: ProtectedPerson[]; allowedNames: string[] };
  programs: { id: string; name: string }[];
  draftMarkdown: string;
  otherPublishers: number;
  publicUrl: string;
  phrasing: Pick<Institute, "recapPhrasing">;
  actions: {
    save: (state: ActionState<{ revision: number; savedAt: string }>, form: FormData) => Promise<ActionState<{ revision: number; savedAt: string }>>;
    workflow: WorkflowActions;
    photos: PhotoActions;
    links: LinkActions;
  };
};

const noop = () => () => {};
// The house style, in the reader's own zone: "3:15 pm" today, "Thu 3 Dec, 3:15 pm EST" another day.
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const shortWhen = (d: Date) => formatShortWhen(d, readerZone());

function SaveIndicator({ status, editable }: { status: SaveStatus; editable: boolean }) {
  // Times are the reader's own, so they are written in the browser only.
  const client = useSyncExternalStore(noop, () => true, () => false);
  const when = (d: Date) => (d.toDateString() === new Date().toDateString() ? formatClock(d, readerZone()) : shortWhen(d));
  let text = "";
  switch (status.kind) {
    case "idle":
      text = status.at && client ? `Saved ${when(status.at)}` : editable ? "Changes save as you type" : "";
      break;
    case "dirty":
      text = "Unsaved changes";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "saved":
      text = client ? `Saved ${when(status.at)}` : "Saved";
      break;
    case "failed":
      text = "Not saved";
      break;
    default:
      text = status satisfies never;
  }
  return (
    <p role="status" aria-live="polite" className={status.kind === "failed" ? "text-sm font-medium text-danger" : "text-sm text-muted"}>
      {text}
    </p>
  );
}

const STATUS_BADGE = { draft: "neutral", in_review: "warning", published: "success" } as const;

export function RecapEditor(props: RecapEditorProps) {
  const { eventId, recap, event, photos, links, guard, isEditor } = props;
  const editable = isEditor && recap.status !== "published";
  const autosave = useAutosave({
    eventId,
    enabled: editable,
    revision: recap.revision,
    savedAt: recap.updatedAt,
    initial: { title: recap.title, body: recap.body, programId: recap.programId, topics: recap.topics.join(", "), uncovered: recap.uncovered },
    save: props.actions.save,
  });
  const { fields } = autosave;
  const body = useDeferredValue(fields.body);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const preview = useRef<HTMLDivElement>(null);

  const scope = useMemo(() => guardScope({ attribution: event.attribution, agendaItems: event.agendaItems, uncoveredAgendaItemIds: fields.uncovered }), [event, fields.uncovered]);
  const hits = useMemo<AttributionHit[]>(() => {
    if (!scope.chathamHouse) return [];
    const texts = recapGuardTexts({ title: fields.title, body, topics: parseTopics(fields.topics), photos, links });
    return findAttributionHits({ texts, people: guard.people, allowedNames: guard.allowedNames });
  }, [scope.chathamHouse, fields.title, body, fields.topics, photos, links, guard]);
  const bodyHits = useMemo(() => hits.filter((h) => h.field === "body"), [hits]);
  const html = useMemo(() => renderRecapPreview(body, bodyHits), [body, bodyHits]);
  const placeholders = useMemo(() => (editable ? placeholderFindings(fields.body, props.phrasing) : []), [editable, fields.body, props.phrasing]);
  // Placeholders are listed one by one below, each with a way to find it.
  const problems = contentProblems({ body: fields.body, institute: props.phrasing, offRecordItems: scope.offRecordItems }).filter((p) => p !== PLACEHOLDERS_PROBLEM);
  const checklist = selfPublishChecklist({ chathamHouse: scope.chathamHouse, photoCount: photos.length, linkCount: links.length });
  const fieldErrors = autosave.status.kind === "failed" ? autosave.status.fieldErrors : {};

  function findPlaceholder(finding: PlaceholderFinding) {
    if (!textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(finding.start, finding.end);
  }

  const find = (hit: AttributionHit) => findHit(hit, { textarea: textarea.current, titleInput: titleInput.current, preview: preview.current }, bodyHits);

  return (
    <div className="space-y-6">
      <EditorHeader {...props} autosave={autosave} editable={editable} checklist={checklist} />

      <EditorNotices {...props} autosave={autosave} />

      <GuardFindings scope={scope} hits={hits} peopleCount={guard.people.length} context={{ photoIds: photos.map((p) => p.id), linkIds: links.map((l) => l.id) }} onFind={find} />
      <PlaceholderFindings findings={placeholders} onFind={findPlaceholder} />
      {editable && problems.length > 0 && fields.body.trim() !== "" ? (
        <ul className="list-disc space-y-1 rounded-md border border-warning/40 bg-warning-tint/60 py-3 pl-9 pr-4 text-sm text-ink" aria-label="Before it can be published">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      <div className="grid gap-8 xl:grid-cols-2">
        {editable ? <WritePane {...props} autosave={autosave} fieldErrors={fieldErrors} hits={hits} textarea={textarea} titleInput={titleInput} /> : null}
        <PreviewPane event={event} title={fields.title} body={body} html={html} editable={editable} preview={preview} />
      </div>

      <div className="grid gap-10 border-t border-line pt-8 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <RecapPhotos eventId={eventId} photos={photos} hits={hits} canEdit={editable} actions={props.actions.photos} />
        <div className="space-y-10">
          <RecapLinks eventId={eventId} links={links} hits={hits} canEdit={editable} actions={props.actions.links} />
          <RecapDetails {...props} autosave={autosave} fieldErrors={fieldErrors} hits={hits} editable={editable} />
        </div>
      </div>
    </div>
  );
}

type Autosave = ReturnType<typeof useAutosave>;
type FieldErrorsOf = Partial<Record<string, string>>;

/** Takes the person to a finding: the text selected in its field, or the photo or link it is in brought into view. */
function findHit(hit: AttributionHit, at: { textarea: HTMLTextAreaElement | null; titleInput: HTMLInputElement | null; preview: HTMLDivElement | null }, bodyHits: AttributionHit[]) {
  const { textarea, titleInput, preview } = at;
  const [kind, id] = hit.field.split(":");
  if (kind === "body" && textarea) {
    textarea.focus();
    textarea.setSelectionRange(hit.start, hit.end);
    const index = [...bodyHits].sort((a, b) => a.start - b.start).indexOf(hit);
    preview?.querySelector(`[data-hit="${index}"]`)?.scrollIntoView({ block: "center" });
  } else if (kind === "title" && titleInput) {
    titleInput.focus();
    titleInput.setSelectionRange(hit.start, hit.end);
  } else {
    const target = document.getElementById(kind === "link" ? `link-${id}` : kind === "topics" ? "recap-topics" : `photo-${id}`);
    target?.scrollIntoView({ block: "center" });
    (target?.querySelector("input, textarea") as HTMLElement | null)?.focus();
  }
}

/** The recap's status, whether its changes are saved, and what can be done with it next. */
function EditorHeader({ eventId, recap, event, isEditor, autosave, editable, checklist, ...props }: RecapEditorProps & { autosave: Autosave; editable: boolean; checklist: ReturnType<typeof selfPublishChecklist> }) {
  return (
    <div className="flex flex-col gap-4 rounded-md border border-line bg-surface px-4 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant={STATUS_BADGE[recap.status]}>{recapStatusLabel(recap.status)}</Badge>
          {recap.internalOnly || event.attribution === "off_record" ? <Badge variant="outline">Internal summary</Badge> : null}
          <SaveIndicator status={autosave.status} editable={editable} />
        </div>
        {recap.byline ? <p className="text-sm text-muted">{recap.byline}</p> : null}
      </div>
      {isEditor ? (
        <RecapWorkflow
          eventId={eventId}
          recap={{ status: recap.status, authorId: recap.authorId, submittedById: recap.submittedById, internalOnly: recap.internalOnly || event.attribution === "off_record" }}
          staff={props.staff}
          otherPublishers={props.otherPublishers}
          checklist={checklist}
          publicUrl={props.publicUrl}
          actions={props.actions.workflow}
          beforeAction={autosave.flush}
        />
      ) : null}
    </div>
  );
}

/** What the person should know before writing: a failed save, changes kept by the browser, a recap that cannot be changed or published. */
function EditorNotices({ recap, event, isEditor, autosave }: RecapEditorProps & { autosave: Autosave }) {
  return (
    <>
      {autosave.status.kind === "failed" ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {autosave.status.message}
        </p>
      ) : null}
      {autosave.restored ? <p className="rounded-md border border-accent/30 bg-accent-tint px-4 py-3 text-sm text-ink">Changes you made here earlier had not reached Convene; they are back and saving now.</p> : null}
      {autosave.offer ? (
        <div role="alert" className="flex flex-col gap-3 rounded-md border border-warning/40 bg-warning-tint px-4 py-3 text-sm text-ink sm:flex-row sm:items-center sm:justify-between">
          <p>This browser kept changes from {shortWhen(new Date(autosave.offer.at))} that were never saved, and someone has saved a newer version since. Restoring them replaces the newer version.</p>
          <div className="flex shrink-0 gap-2">
            <Button type="button" size="sm" variant="secondary" onClick={autosave.discardOffer}>
              Discard them
            </Button>
            <Button type="button" size="sm" onClick={autosave.acceptOffer}>
              Restore them
            </Button>
          </div>
        </div>
      ) : null}
      {event.attribution === "off_record" ? (
        <p className="rounded-md border border-line bg-surface-sunken px-4 py-3 text-sm text-ink">
          This event was off the record. Its recap is an internal summary for staff and is never published.
        </p>
      ) : null}
      {recap.status === "published" && isEditor ? (
        <p className="rounded-md border border-success/30 bg-success-tint/60 px-4 py-3 text-sm text-ink">
          Published recaps are locked, so readers only ever see what was reviewed. Unpublish it to make changes; it then goes through review again.
        </p>
      ) : null}
    </>
  );
}

function WritePane({
  event,
  draftMarkdown,
  autosave: { fields, change },
  fieldErrors,
  hits,
  textarea,
  titleInput,
}: RecapEditorProps & { autosave: Autosave; fieldErrors: FieldErrorsOf; hits: AttributionHit[]; textarea: RefObject<HTMLTextAreaElement | null>; titleInput: RefObject<HTMLInputElement | null> }) {
  return (
      <section aria-labelledby="write-heading" className="min-w-0 space-y-4">
        <div className="flex items-center justify-between gap-3">
          <h2 id="write-heading" className="text-lg font-semibold text-ink">
            Write
          </h2>
          <DraftButton hasText={fields.body.trim() !== ""} onDraft={() => change({ body: draftMarkdown })} />
        </div>
        <Field label="Title" htmlFor="recap-title" optional error={fieldErrors.title} hint={`Leave empty to use the event’s: “${event.title}”.`}>
          {(c) => <Input {...c} ref={titleInput} value={fields.title} onChange={(e) => change({ title: e.target.value })} />}
        </Field>
        <FieldFindings label="Title" text={fields.title} hits={hits.filter((h) => h.field === "title")} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="recap-body" className="text-sm font-medium text-ink">
            Text
          </label>
          <Textarea
            id="recap-body"
            ref={textarea}
            value={fields.body}
            onChange={(e) => change({ body: e.target.value })}
            rows={26}
            spellCheck
            aria-describedby="recap-body-hint"
            aria-invalid={fieldErrors.body ? true : undefined}
            className="min-h-[20rem] text-[15px] leading-7 xl:h-[calc(100dvh-16rem)] xl:min-h-[32rem]"
          />
          <FieldHint id="recap-body-hint">
            Markdown: a blank line between paragraphs; <code>## Heading</code>, <code>**bold**</code>, <code>*italic*</code>, <code>&gt; quotation</code>, <code>[words](https://…)</code>. One person per line in a speaker list.
          </FieldHint>
        </div>
      </section>
  );
}

function PreviewPane({ event, title, body, html, editable, preview }: { event: RecapEditorProps["event"]; title: string; body: string; html: string; editable: boolean; preview: RefObject<HTMLDivElement | null> }) {
  return (
    <section aria-labelledby="preview-heading" className={editable ? "min-w-0 space-y-4" : "min-w-0 space-y-4 xl:col-span-2"}>
      <h2 id="preview-heading" className="text-lg font-semibold text-ink">
        Preview
      </h2>
      <article
        ref={preview}
        aria-label="Preview of the public recap"
        className="rounded-md border border-line bg-paper px-5 py-6 shadow-card sm:px-8 sm:py-8 xl:sticky xl:top-4 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto"
        tabIndex={0}
      >
        <p className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">Recap · {event.dateLine}</p>
        <p className="mt-2 font-serif text-3xl leading-tight text-ink">{title.trim() || event.title}</p>
        {body.trim() ? (
          <div className="prose-public mt-6" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="mt-6 text-muted">Nothing written yet. Start typing, or draft from the event.</p>
        )}
      </article>
    </section>
  );
}

/** Where the recap is filed, its topics, and which parts of the agenda it covers. */
function RecapDetails({ event, programs, autosave: { fields, change }, fieldErrors, hits, editable }: RecapEditorProps & { autosave: Autosave; fieldErrors: FieldErrorsOf; hits: AttributionHit[]; editable: boolean }) {
  return (
    <section aria-labelledby="details-heading" className="space-y-4">
      <h2 id="details-heading" className="text-lg font-semibold text-ink">
        Details
      </h2>
      <Field label="Programme area" htmlFor="recap-program" error={fieldErrors.programId}>
        {(c) => (
          <Select {...c} value={fields.programId} disabled={!editable} onChange={(e) => change({ programId: e.target.value })}>
            <option value="">None</option>
            <Options of={programs} value={(p) => p.id} label={(p) => p.name} />
          </Select>
        )}
      </Field>
      <Field label="Topics" htmlFor="recap-topics" optional error={fieldErrors.topics} hint="Separated by commas: Afghanistan, Peace processes.">
        {(c) => <Input {...c} value={fields.topics} readOnly={!editable} onChange={(e) => change({ topics: e.target.value })} />}
      </Field>
      <FieldFindings label="Topics" text={fields.topics} hits={hits.filter((h) => h.field === "topics")} />
      {event.agendaItems.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-ink">What the recap covers</legend>
          <p className="text-[13px] text-muted">Untick parts the recap leaves out. A covered part under the Chatham House rule puts the whole recap under it.</p>
          {event.agendaItems.map((item) => (
            <Checkbox
              key={item.id}
              label={item.title}
              description={attributionLabel(item.attribution ?? event.attribution)}
              checked={!fields.uncovered.includes(item.id)}
              disabled={!editable}
              onChange={(e) => {
                const covered = e.currentTarget.checked;
                change({ uncovered: covered ? fields.uncovered.filter((id) => id !== item.id) : [...fields.uncovered, item.id] });
              }}
            />
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}

function DraftButton({ hasText, onDraft }: { hasText: boolean; onDraft: () => void }) {
  const button = (
    <Button type="button" size="sm" variant="secondary" onClick={hasText ? undefined : onDraft}>
      <FileText aria-hidden="true" /> Draft from the event
    </Button>
  );
  if (!hasText) return button;
  return (
    <ConfirmDialog
      trigger={button}
      title="Replace the text with a first draft?"
      description="The draft is written from the event’s date, co-hosts and speakers, in the house style. What you have written here is replaced."
      confirmLabel="Replace with a draft"
      tone="primary"
      onConfirm={onDraft}
    />
  );
}
