import type { Page } from '@playwright/test';

/**
 * Opens practice question `position` (0-based) of a quiz directly: the persisted store's position is set and the
 * page reloaded, so a spec can look at any question without answering the ones before it.
 */
export async function jumpToPracticeQuestion(page: Page, quizId: string, position: number): Promise<void> {
  await page.evaluate(
    ([key, at]) => {
      const raw = JSON.parse(localStorage.getItem(key as string) ?? '{"state":{},"version":1}');
      raw.state.position = at;
      localStorage.setItem(key as string, JSON.stringify(raw));
    },
    [`claimcheck:practice:${quizId}`, position] as const,
  );
  await page.reload();
}
