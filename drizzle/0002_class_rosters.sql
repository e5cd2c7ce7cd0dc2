ALTER TABLE "classes" ADD COLUMN "join_mode" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "personal_code" text;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "same_device_as" uuid;