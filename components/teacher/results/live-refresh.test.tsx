// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IntlWrapper, translatorFor } from '@/test/intl';
import { changeMessage, LiveRefresh, REFRESH_MS, type LiveCounts } from './live-refresh';

const t: Parameters<typeof changeMessage>[2] = translatorFor('teacher') as never;

const router = vi.hoisted(() => ({ refresh: vi.fn<() => void>() }));
vi.mock('next/navigation', () => ({ useRouter: () => router }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let visibility: DocumentVisibilityState = 'visible';
let container: HTMLDivElement;
let root: Root;

const render = (counts: LiveCounts, active = true) => act(() => root.render(
      <IntlWrapper>
        <LiveRefresh counts={counts} active={active} />
      </IntlWrapper>,
    ));
const status = () => container.querySelector('[role="status"]')?.textContent ?? null;

beforeEach(() => {
  vi.useFakeTimers();
  router.refresh.mockClear();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

const counts = { started: 3, answers: 10, submitted: 1 };

describe('LiveRefresh', () => {
  it('refreshes every 10 seconds while the tab is visible, and not while it is hidden', async () => {
    await render(counts);
    act(() => vi.advanceTimersByTime(REFRESH_MS));
    expect(router.refresh).toHaveBeenCalledTimes(1);
    visibility = 'hidden';
    act(() => vi.advanceTimersByTime(REFRESH_MS * 3));
    expect(router.refresh).toHaveBeenCalledTimes(1);
    visibility = 'visible';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(router.refresh).toHaveBeenCalledTimes(2); // catches up on return
  });

  it('announces what changed politely after a refresh', async () => {
    await render(counts);
    expect(status()).toBe('');
    await render({ started: 4, answers: 13, submitted: 1 });
    expect(status()).toBe('1 student started, 3 new answers.');
    expect(container.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('stops when the assignment is closed, and when paused', async () => {
    await render(counts, false);
    act(() => vi.advanceTimersByTime(REFRESH_MS * 3));
    expect(router.refresh).not.toHaveBeenCalled();
    expect(container.textContent).toMatch(/no longer change/);

    await render(counts, true);
    const pause = container.querySelector('button');
    act(() => pause?.click());
    expect(pause?.getAttribute('aria-pressed')).toBe('true');
    act(() => vi.advanceTimersByTime(REFRESH_MS * 3));
    expect(router.refresh).not.toHaveBeenCalled();
  });
});

describe('changeMessage', () => {
  it('names each kind of change, and nothing when nothing changed', () => {
    expect(changeMessage(counts, counts, t)).toBe('');
    expect(changeMessage(counts, { started: 3, answers: 11, submitted: 3 }, t)).toBe('1 new answer, 2 students handed in.');
  });
});

describe('changeMessage in Urdu', () => {
  it('says the same in Urdu words, with the counts', () => {
    const ur: Parameters<typeof changeMessage>[2] = translatorFor('teacher', 'ur') as never;
    const text = changeMessage({ started: 0, answers: 0, submitted: 0 }, { started: 2, answers: 1, submitted: 0 }, ur);
    expect(text).toContain('2');
    expect(text).not.toMatch(/[a-z]/i);
  });
});
