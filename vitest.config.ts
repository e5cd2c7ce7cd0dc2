import path from 'node:path';
import { defineConfig } from 'vitest/config';

// vitest 5 prints failures with Map.groupBy, which Node 20 lacks: without this a failing test crashes the reporter.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const map = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = map.get(k);
        if (list) list.push(item);
        else map.set(k, [item]);
      }
      return map;
    },
  });
}

export default defineConfig({
  resolve: {
    alias: {
      '@/': `${path.resolve(__dirname)}/`,
      // 'server-only' throws outside React Server Components; tests import server modules directly
      'server-only': path.resolve(__dirname, 'test/empty-module.ts'),
      // as next.config.js does for the app: messages are precompiled (lib/i18n/load-messages.ts), so format them with
      // use-intl's format-only runtime
      'use-intl/format-message': path.resolve(__dirname, 'node_modules/use-intl/dist/esm/production/format-message/format-only.js'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.next/**', 'e2e/**', 'data/**'],
    environment: 'node',
    // the alias above reaches use-intl only when vite processes it: externalized, Node would load the ICU formatter,
    // which refuses a precompiled message with arguments ("resolved to an array")
    server: { deps: { inline: ['use-intl', 'next-intl'] } },
    // integration tests open a database each (a PGlite dir, or a fresh PostgreSQL database): keep it calm on 2 cores
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { BETTER_AUTH_SECRET: 'test-secret-test-secret-test-secret-0123456789' },
  },
});
