CREATE TABLE "speaker_agenda_items" (
	"speaker_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	CONSTRAINT "speaker_agenda_items_speaker_id_agenda_item_id_pk" PRIMARY KEY("speaker_id","agenda_item_id")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "labels" jsonb;--> statement-breakpoint
ALTER TABLE "speaker_agenda_items" ADD CONSTRAINT "speaker_agenda_items_speaker_id_event_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."event_speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_agenda_items" ADD CONSTRAINT "speaker_agenda_items_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speaker_agenda_items_item_idx" ON "speaker_agenda_items" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "email_outbox_unpurged_idx" ON "email_outbox" USING btree ("sent_at") WHERE "email_outbox"."status" = 'sent' and (("email_outbox"."props" - 'kind' - 'outcome') <> '{}'::jsonb or "email_outbox"."attachments" <> '[]'::jsonb);