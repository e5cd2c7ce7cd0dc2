// The database schema: better-auth's tables (kept here by hand, shaped as its drizzle generator would) and ours.
// No 'server-only' here: drizzle-kit loads this file outside Next to generate migrations.
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).defaultNow().notNull();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull();

export const TEACHER_ROLES = ['admin', 'teacher'] as const;
export type TeacherRole = (typeof TEACHER_ROLES)[number];

// ---------- better-auth (property names are the ones better-auth expects) ----------
export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').default(false).notNull(),
  image: text('image'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  // ours, not better-auth's: the instance's admin (the first account, from the setup link) invites teachers
  role: text('role', { enum: TEACHER_ROLES }).notNull().default('teacher'),
  // a disabled teacher cannot sign in, and their sessions were deleted when they were disabled
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_id_idx').on(t.userId)],
);

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);

// ---------- Claimcheck ----------
// relative, not '@/': drizzle-kit reads this file without the app's path aliases
import { ASSIGNMENT_MODES, TIME_FACTORS } from '../assignments/options';

export { ASSIGNMENT_MODES, TIME_FACTORS, type AssignmentMode, type TimeFactor } from '../assignments/options';

export const JOIN_MODES = ['open', 'roster'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teacherId: text('teacher_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // open: anyone with a code types a name; roster: students pick their name and type their personal code
    joinMode: text('join_mode', { enum: JOIN_MODES }).notNull().default('open'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('classes_teacher_id_idx').on(t.teacherId, t.createdAt)],
);

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id').notNull(), // a quiz id from content/, not a foreign key
    code: text('code').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    mode: text('mode', { enum: ASSIGNMENT_MODES }).notNull(),
    attemptsAllowed: integer('attempts_allowed').notNull().default(1),
    timeLimitMinutes: integer('time_limit_minutes'),
    shuffle: boolean('shuffle').notNull().default(true),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // a join code is unique among open assignments only, so closed ones free their codes
    uniqueIndex('assignments_open_code_uq').on(t.code).where(sql`${t.closedAt} is null`),
    index('assignments_class_id_idx').on(t.classId, t.createdAt),
    check('assignments_mode_ck', sql`${t.mode} in ('each', 'submit', 'due')`),
    check('assignments_attempts_ck', sql`${t.attemptsAllowed} between 1 and 20`),
    check('assignments_time_limit_ck', sql`${t.timeLimitMinutes} is null or ${t.timeLimitMinutes} between 1 and 600`),
    check('assignments_dates_ck', sql`${t.dueAt} > ${t.opensAt}`),
  ],
);

export const students = pgTable(
  'students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(), // "Sam" or "Sam (2)"
    nameKey: text('name_key').notNull(), // the base name folded for comparison: "sam"
    timeFactor: text('time_factor', { enum: TIME_FACTORS }).notNull().default('1'),
    tokenHash: text('token_hash').notNull(), // sha-256 of the device token kept in the student's cookie
    // a rostered student's personal code (printed on the class sheet); null for a student who joined by name
    personalCode: text('personal_code'),
    // open join: the student this device already was in this class when it joined again under another name
    sameDeviceAs: uuid('same_device_as'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('students_token_hash_uq').on(t.tokenHash),
    uniqueIndex('students_class_display_name_uq').on(t.classId, sql`lower(${t.displayName})`),
    index('students_class_name_key_idx').on(t.classId, t.nameKey),
    check('students_time_factor_ck', sql`${t.timeFactor} in ('1', '1.5', '2', 'untimed')`),
  ],
);

export const attempts = pgTable(
  'attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(), // 1-based attempt number for this student and assignment
    seed: integer('seed').notNull(), // shuffle seed, fixed for the attempt so a reload shows the same order
    startedAt: timestamp('started_at', { withTimezone: true }).defaultNow().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    score: real('score').notNull().default(0),
    maxScore: real('max_score').notNull().default(0),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    // the version of the quiz this attempt started on: grading and reports read that version, never a later edit.
    // A file quiz in content/ has one version, 1 (so every attempt made before teachers' quizzes existed is 1).
    quizVersion: integer('quiz_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('attempts_assignment_student_number_uq').on(t.assignmentId, t.studentId, t.number),
    index('attempts_student_id_idx').on(t.studentId),
  ],
);

export const answers = pgTable(
  'answers',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    confidence: text('confidence', { enum: ['sure', 'fairly', 'guessing'] }),
    score: real('score').notNull().default(0),
    maxScore: real('max_score').notNull().default(0),
    selfRating: integer('self_rating'),
    teacherRating: integer('teacher_rating'),
    clientSeq: integer('client_seq').notNull(), // a resend with an older seq never overwrites a newer answer
    answeredAt: timestamp('answered_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'answers_attempt_item_pk', columns: [t.attemptId, t.itemId] }),
    check('answers_confidence_ck', sql`${t.confidence} is null or ${t.confidence} in ('sure', 'fairly', 'guessing')`),
  ],
);

// One row per limiter key: the current fixed window and how many hits it has had. Shared by every instance.
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('rate_limits_window_start_idx').on(t.windowStart)],
);

// An invite link for one new teacher account: single use, expiring, revocable. Only the token's hash is kept.
export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    note: text('note'), // who it is for, as the admin typed it (shown only to admins)
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: text('used_by').references(() => user.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('invites_token_hash_uq').on(t.tokenHash), index('invites_created_at_idx').on(t.createdAt)],
);

// Instance-wide settings as key and value: the setup token's hash until the first account exists, the email
// domains allowed to sign up without an invite.
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

// ---------- A teacher's own articles and quizzes (the shipped files in content/ stay the read-only library) ----------
// The body columns hold the content format itself (content/schema.ts), validated by the same zod schema and content
// check before every write. Row ids carry a prefix no file id may use (lib/content/row-ids.ts), so the two never collide.
export const CONTENT_VISIBILITIES = ['private', 'library'] as const;
export type ContentVisibility = (typeof CONTENT_VISIBILITIES)[number];
export const QUIZ_STATUSES = ['draft', 'published'] as const;
export type QuizStatus = (typeof QUIZ_STATUSES)[number];

export const contentArticles = pgTable(
  'content_articles',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    body: jsonb('body').$type<unknown>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('content_articles_owner_idx').on(t.ownerId)],
);

export const contentQuizzes = pgTable(
  'content_quizzes',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // private: its owner only (404 to anyone else); library: read-only to the instance's other teachers
    visibility: text('visibility', { enum: CONTENT_VISIBILITIES }).notNull().default('private'),
    status: text('status', { enum: QUIZ_STATUSES }).notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    // bumped on every save: a save made from a stale copy (another tab) is refused, never silently overwrites
    revision: integer('revision').notNull().default(1),
    duplicatedFrom: text('duplicated_from'), // the quiz id this one was copied from, file or row
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('content_quizzes_owner_idx').on(t.ownerId, t.updatedAt),
    index('content_quizzes_library_idx').on(t.visibility),
    check('content_quizzes_visibility_ck', sql`${t.visibility} in ('private', 'library')`),
    check('content_quizzes_status_ck', sql`${t.status} in ('draft', 'published')`),
  ],
);

// One row per version. A version that an attempt started on is frozen: an edit then writes the next version.
// The article is kept with the version, so a later edit of the article does not change a student's page either.
export const contentQuizVersions = pgTable(
  'content_quiz_versions',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => contentQuizzes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    quiz: jsonb('quiz').$type<unknown>().notNull(),
    article: jsonb('article').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'content_quiz_versions_pk', columns: [t.quizId, t.version] })],
);

// A quiz being written in the browser editor (/teacher/drafts/[id]): the editor's whole state as one zod-checked
// document (lib/authoring/editor/state.ts), saved as the teacher works. `revision` is bumped on every save; a save
// based on an older revision (another tab) is refused with a conflict, never silently applied.
export const authoringDrafts = pgTable(
  'authoring_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    state: jsonb('state').$type<unknown>().notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('authoring_drafts_owner_idx').on(t.ownerId, t.updatedAt)],
);
export type AuthoringDraftRow = InferSelectModel<typeof authoringDrafts>;

export type ContentArticleRow = InferSelectModel<typeof contentArticles>;
export type ContentQuizRow = InferSelectModel<typeof contentQuizzes>;
export type ContentQuizVersionRow = InferSelectModel<typeof contentQuizVersions>;

export type User = InferSelectModel<typeof user>;
export type Invite = InferSelectModel<typeof invites>;
export type Session = InferSelectModel<typeof session>;
export type Account = InferSelectModel<typeof account>;
export type Verification = InferSelectModel<typeof verification>;
export type Class = InferSelectModel<typeof classes>;
export type NewClass = InferInsertModel<typeof classes>;
export type Assignment = InferSelectModel<typeof assignments>;
export type NewAssignment = InferInsertModel<typeof assignments>;
export type Student = InferSelectModel<typeof students>;
export type Attempt = InferSelectModel<typeof attempts>;
export type Answer = InferSelectModel<typeof answers>;
export type RateLimit = InferSelectModel<typeof rateLimits>;
