import { test as base, expect } from '@playwright/test';

// Any console.error or uncaught page error fails the test that caused it, unless the test says it expects it
// (a deliberate visit to a missing page logs the browser's own "404" line).
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; failOnConsoleError: void }>({
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleError: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${msg.text()} ${msg.location().url}`.trim());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use();
      const unexpected = errors.filter((e) => !allowedConsoleErrors.some((re) => re.test(e)));
      expect(unexpected, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
