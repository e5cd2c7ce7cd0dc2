// Autosave: the editor's state with the revision it was based on. 409 when the draft was saved since (another tab).
import { readBody, draftRoute } from '@/lib/authoring/editor/route';
import { saveRequestSchema } from '@/lib/authoring/editor/state';
import { saveDraft } from '@/lib/authoring/editor/drafts';
import { json } from '@/lib/http';

export const PUT = draftRoute('save draft', async ({ request, teacher, draft }) => {
  const { revision, state } = await readBody(request, saveRequestSchema);
  const saved = await saveDraft({ ownerId: teacher.id, draftId: draft.id, state, expectedRevision: revision });
  return json({ revision: saved.revision, savedAt: saved.updatedAt.toISOString() });
});
