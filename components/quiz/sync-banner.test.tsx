import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { SaveStatus, SyncNotice } from './sync-banner';
import type { SyncStatus } from './sync-status';

// the compiled English messages, formatted as the app does (vitest.config.ts aliases use-intl's format-only runtime)
vi.mock('#i18n/use-translations', async () => {
  const { translatorFor } = await import('@/test/intl');
  return { useTranslations: (namespace: string) => translatorFor(namespace) };
});

const html = (ui: React.ReactElement) => renderToStaticMarkup(ui);
// the text of the live region (role="status"): what a screen reader hears when it changes
const live = (markup: string) => /<p role="status"[^>]*>(.*?)<\/p>/.exec(markup)?.[1];

describe('the offline notice', () => {
  it('keeps one sentence in its live region while the count of waiting answers changes beside it', () => {
    const one = html(<SyncNotice status={{ kind: 'offline', waiting: 1 }} />);
    const three = html(<SyncNotice status={{ kind: 'offline', waiting: 3 }} />);
    expect(live(one)).toMatch(/^You are offline\./);
    expect(live(three)).toBe(live(one));
    expect(three).toContain('3 answers waiting');
    expect(live(three)).not.toContain('3');
  });

  it('is an empty live region, ready for the next problem, when nothing is wrong', () => {
    for (const status of [{ kind: 'idle' }, { kind: 'saving', waiting: 1 }, { kind: 'saved' }] as SyncStatus[]) {
      expect(live(html(<SyncNotice status={status} />))).toBe('');
    }
  });
});

describe('the save status', () => {
  it('says nothing before a save, and "Saved" after one', () => {
    expect(html(<SaveStatus status={{ kind: 'idle' }} />)).not.toContain('Saved');
    expect(html(<SaveStatus status={{ kind: 'saved' }} />)).toContain('>Saved<');
  });
});
