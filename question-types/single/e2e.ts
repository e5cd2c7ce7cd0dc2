// Single choice in the Playwright tests: the student picks the key's radio; the player clicks one choice.
import type { E2eType } from '../shared/e2e';
import { oneChoiceCases } from '../shared/e2e';
import { pickRadio } from '@/e2e/helpers/keys';
import type { SingleItem, SingleResponse } from './schema';

export const e2e: E2eType<SingleItem, SingleResponse> = {
  async fill(page, item, mode) {
    const text = item.options.find((o) => o.id === item.key)!.text;
    const radio = page.getByRole('radio', { name: text, exact: true });
    await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), radio);
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases: (item, ids) => oneChoiceCases(ids, 'choice', item.key, item.options.find((o) => o.id !== item.key)!.id, (choice) => ({ type: 'single', choice })),
};
