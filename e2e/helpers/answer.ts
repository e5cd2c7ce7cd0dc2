// Answers quiz items the way a student would, by pointer or by keyboard alone. How each type is answered is in its
// folder (question-types/<type>/e2e.ts), found through the e2e registry, so a new type needs nothing here.
import { expect, type Page } from '@playwright/test';
import type { Item, Status } from '../../content/schema';
import { e2eType } from './question-types';
import { pickRadio, press, type Mode } from './keys';

export type { Mode } from './keys';

/** Fills in the answer: the key, or for a classify item a given wrong status. */
export async function fillAnswer(page: Page, item: Item, mode: Mode, wrongStatus?: Status) {
  await e2eType(item.type).fill(page, item, mode, wrongStatus);
}

/** Answers the current question (confidence "Sure"), checks it, and returns once feedback shows. */
export async function answerItem(page: Page, item: Item, mode: Mode, wrongStatus?: Status) {
  const type = e2eType(item.type);
  await expect(page.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
  await type.fill(page, item, mode, wrongStatus);
  if (type.asksConfidence) {
    await pickRadio(page, mode, page.getByRole('group', { name: 'How sure are you?' }), page.getByRole('radio', { name: 'Sure', exact: true }));
  }
  await press(page, mode, page.getByRole('button', { name: 'Check answer' }));
  if (type.afterCheck) {
    // a step between checking and the feedback (a written answer's self-rating at the top of the rubric)
    await type.afterCheck(page, item, mode);
    await expect(page.getByRole('heading', { level: 2, name: 'Right' })).toBeVisible();
    return;
  }
  const verdict = wrongStatus ? 'Not quite' : 'Right';
  await expect(page.getByRole('heading', { level: 2, name: verdict })).toBeFocused();
}

export async function next(page: Page, mode: Mode, last: boolean) {
  const control = last
    ? page.getByRole('link', { name: 'See your results' })
    : page.getByRole('button', { name: 'Next question' });
  await press(page, mode, control);
}
