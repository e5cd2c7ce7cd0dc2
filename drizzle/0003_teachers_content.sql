CREATE TABLE "content_articles" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_quiz_versions" (
	"quiz_id" text NOT NULL,
	"version" integer NOT NULL,
	"quiz" jsonb NOT NULL,
	"article" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_quiz_versions_pk" PRIMARY KEY("quiz_id","version")
);
--> statement-breakpoint
CREATE TABLE "content_quizzes" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"duplicated_from" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_quizzes_visibility_ck" CHECK ("content_quizzes"."visibility" in ('private', 'library')),
	CONSTRAINT "content_quizzes_status_ck" CHECK ("content_quizzes"."status" in ('draft', 'published'))
);
--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "quiz_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "content_articles" ADD CONSTRAINT "content_articles_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_quiz_versions" ADD CONSTRAINT "content_quiz_versions_quiz_id_content_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."content_quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_quizzes" ADD CONSTRAINT "content_quizzes_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_articles_owner_idx" ON "content_articles" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "content_quizzes_owner_idx" ON "content_quizzes" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "content_quizzes_library_idx" ON "content_quizzes" USING btree ("visibility");