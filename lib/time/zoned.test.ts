import { describe, expect, it } from 'vitest';
import { zonedLocalToUtc } from './zoned';

describe('zonedLocalToUtc', () => {
  it('reads wall-clock time in the given zone', () => {
    expect(zonedLocalToUtc('2025-01-15T09:30', 'UTC')?.toISOString()).toBe('2025-01-15T09:30:00.000Z');
    expect(zonedLocalToUtc('2025-01-15T09:30', 'Europe/Paris')?.toISOString()).toBe('2025-01-15T08:30:00.000Z');
    expect(zonedLocalToUtc('2025-07-15T09:30', 'Europe/Paris')?.toISOString()).toBe('2025-07-15T07:30:00.000Z');
    expect(zonedLocalToUtc('2025-07-15T09:30', 'Asia/Kabul')?.toISOString()).toBe('2025-07-15T05:00:00.000Z');
    expect(zonedLocalToUtc('2025-03-09T12:00', 'America/New_York')?.toISOString()).toBe('2025-03-09T16:00:00.000Z');
  });

  it('falls back to UTC for an unknown zone and refuses bad values', () => {
    expect(zonedLocalToUtc('2025-01-15T09:30', 'Not/AZone')?.toISOString()).toBe('2025-01-15T09:30:00.000Z');
    expect(zonedLocalToUtc('2025-02-31T09:30', 'UTC')).toBeNull();
    expect(zonedLocalToUtc('tomorrow', 'UTC')).toBeNull();
    expect(zonedLocalToUtc('', 'UTC')).toBeNull();
  });
});
