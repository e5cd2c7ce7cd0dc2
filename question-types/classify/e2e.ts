// Classify in the Playwright tests: the student picks a status word's radio (the key, or a given wrong status);
// the player clicks one status choice.
import type { E2eType } from '../shared/e2e';
import { oneChoiceCases } from '../shared/e2e';
import { pickRadio } from '@/e2e/helpers/keys';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import type { ClassifyItem, ClassifyResponse } from './schema';

export const e2e: E2eType<ClassifyItem, ClassifyResponse> = {
  async fill(page, item, mode, wrongStatus) {
    const label = STATUS_LABELS[wrongStatus ?? item.key].label.replace('/', '\\/');
    await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), page.getByRole('radio', { name: new RegExp(`^${label}`) }));
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases: (item, ids) => oneChoiceCases(ids, 'status', item.key, item.options.find((o) => o.id !== item.key)!.id, (status) => ({ type: 'classify', status })),
};
