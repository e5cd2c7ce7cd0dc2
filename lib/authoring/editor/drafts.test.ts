// The editor's drafts as rows: only the owner reads or saves one, a save from a stale revision is refused, and the
// server's record of what the draft was published as survives any client save.
import { describe, expect, it } from 'vitest';
import { harbourState } from '@/lib/authoring/editor/fixture-state';
import { AppError } from '@/lib/errors';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { createDraft, DRAFT_CONFLICT_MESSAGE, getDraft, listDrafts, saveDraft } from './drafts';

useTestDatabase();

const firstState = harbourState;

describe('drafts', () => {
  it('are read back by their owner only; another teacher and an unknown id get the same null', async () => {
    const owner = await createTestTeacher('Owner');
    const other = await createTestTeacher('Other');
    const draft = await createDraft({ ownerId: owner.id, state: firstState() });
    expect(draft.revision).toBe(1);
    expect((await getDraft({ ownerId: owner.id, draftId: draft.id }))?.state.meta.title).toBe('Flood at Port Vella');
    expect(await getDraft({ ownerId: other.id, draftId: draft.id })).toBeNull();
    expect(await getDraft({ ownerId: owner.id, draftId: 'not-a-uuid' })).toBeNull();
    expect((await listDrafts({ ownerId: other.id })).length).toBe(0);
    const refused = await saveDraft({ ownerId: other.id, draftId: draft.id, state: firstState(), expectedRevision: 1 }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(404);
  });

  it('a save carries its base revision; a save from the older revision (a second tab) is a conflict, not an overwrite', async () => {
    const owner = await createTestTeacher();
    const draft = await createDraft({ ownerId: owner.id, state: firstState() });
    const tabA = { ...draft.state, quiz: { ...draft.state.quiz, title: 'Tab A' } };
    const tabB = { ...draft.state, quiz: { ...draft.state.quiz, title: 'Tab B' } };
    const saved = await saveDraft({ ownerId: owner.id, draftId: draft.id, state: tabA, expectedRevision: 1 });
    expect(saved.revision).toBe(2);
    const conflict = await saveDraft({ ownerId: owner.id, draftId: draft.id, state: tabB, expectedRevision: 1 }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ status: 409, text: DRAFT_CONFLICT_MESSAGE, message: expect.stringMatching(/^This draft was saved from another tab/) });
    expect((await getDraft({ ownerId: owner.id, draftId: draft.id }))?.state.quiz.title).toBe('Tab A');
  });

  it('keeps the server’s published record whatever a client sends', async () => {
    const owner = await createTestTeacher();
    const draft = await createDraft({ ownerId: owner.id, state: firstState() });
    const published = { quizId: 'tq-0123456789abcdef', articleId: 'ta-0123456789abcdef' };
    await saveDraft({ ownerId: owner.id, draftId: draft.id, state: draft.state, expectedRevision: 1, published });
    const forged = { ...draft.state, published: { quizId: 'tq-ffffffffffffffff', articleId: 'ta-ffffffffffffffff' } };
    const after = await saveDraft({ ownerId: owner.id, draftId: draft.id, state: forged, expectedRevision: 2 });
    expect(after.state.published).toEqual(published);
  });
});
