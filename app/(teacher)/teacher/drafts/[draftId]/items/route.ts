// "Draft items": items drafted from the state's annotations (the editor replaces its items with them).
import { z } from 'zod';
import { draftedItems } from '@/lib/authoring/editor/items';
import { readBody, draftRoute } from '@/lib/authoring/editor/route';
import { draftStateSchema } from '@/lib/authoring/editor/state';
import { json } from '@/lib/http';

const bodySchema = z.strictObject({ state: draftStateSchema });

export const POST = draftRoute('draft items', async ({ request }) => {
  const { state } = await readBody(request, bodySchema);
  return json({ items: draftedItems(state) });
});
