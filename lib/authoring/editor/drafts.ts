import 'server-only';
// The browser editor's drafts (authoring_drafts). Only the owner reads or writes one: anyone else's draft is
// answered exactly like an unknown id (not found). A save names the revision it was based on; a save against a
// newer revision (the draft was saved from another tab since) is refused with a conflict, never applied.
import { and, desc, eq } from 'drizzle-orm';
import { draftStateSchema, type DraftState } from '@/lib/authoring/editor/state';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/lib/db/client';
import { authoringDrafts } from '@/lib/db/schema';

export interface Draft {
  id: string;
  ownerId: string;
  state: DraftState;
  revision: number;
  updatedAt: Date;
}

export const DRAFT_CONFLICT_MESSAGE =
  'draft.conflict';

const notFound = () => new AppError('not_found:draft', 'draft.notFound');

function parsed(row: typeof authoringDrafts.$inferSelect): Draft {
  const state = draftStateSchema.safeParse(row.state);
  // written only after the same check; a row changed by hand is refused, not passed to the editor
  if (!state.success) throw new Error(`stored draft ${row.id} does not match the draft schema`);
  return { id: row.id, ownerId: row.ownerId, state: state.data, revision: row.revision, updatedAt: row.updatedAt };
}

export async function createDraft({ ownerId, state }: { ownerId: string; state: DraftState }): Promise<Draft> {
  const checked = draftStateSchema.parse(state);
  const db = await getDb();
  const [row] = await db.insert(authoringDrafts).values({ ownerId, state: checked }).returning();
  return parsed(row!);
}

/** The draft if this teacher owns it, else null (unknown and another teacher's look the same). */
export async function getDraft({ ownerId, draftId }: { ownerId: string; draftId: string }): Promise<Draft | null> {
  if (!isUuid(draftId)) return null;
  const db = await getDb();
  const [row] = await db.select().from(authoringDrafts).where(eq(authoringDrafts.id, draftId));
  return row && row.ownerId === ownerId ? parsed(row) : null;
}

export async function listDrafts({ ownerId }: { ownerId: string }) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(authoringDrafts)
    .where(eq(authoringDrafts.ownerId, ownerId))
    .orderBy(desc(authoringDrafts.updatedAt))
    .limit(200);
  return rows.map(parsed);
}

/**
 * Saves the owner's state if the draft is still at `expectedRevision`, returning the new revision. `published`
 * (which row quiz the draft became) is the server's: a client's value is ignored and the stored one kept.
 */
export async function saveDraft({
  ownerId,
  draftId,
  state,
  expectedRevision,
  published,
}: {
  ownerId: string;
  draftId: string;
  state: DraftState;
  expectedRevision: number;
  published?: DraftState['published'];
}): Promise<Draft> {
  if (!isUuid(draftId)) throw notFound();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(authoringDrafts).where(eq(authoringDrafts.id, draftId)).for('update');
    if (!row || row.ownerId !== ownerId) throw notFound();
    if (row.revision !== expectedRevision) throw new AppError('conflict:draft_revision', DRAFT_CONFLICT_MESSAGE);
    const stored = parsed(row).state;
    const { published: _ignored, ...rest } = state;
    const keep = published ?? stored.published;
    const next = draftStateSchema.parse(keep ? { ...rest, published: keep } : rest);
    const [updated] = await tx
      .update(authoringDrafts)
      .set({ state: next, revision: row.revision + 1 })
      .where(and(eq(authoringDrafts.id, draftId), eq(authoringDrafts.revision, expectedRevision)))
      .returning();
    if (!updated) throw new AppError('conflict:draft_revision', DRAFT_CONFLICT_MESSAGE);
    return parsed(updated);
  });
}
