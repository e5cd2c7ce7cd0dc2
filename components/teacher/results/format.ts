// Number and duration formats shared by the results views (plain functions: server and client alike).
export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

export const decimal = (n: number | null, places = 2) => (n === null ? '–' : n.toFixed(places));

export const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t`: the `reports` namespace. */
export function duration(ms: number | null, t: Translate): string {
  if (ms === null) return '–';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return t('duration.underMinute');
  if (minutes < 60) return t('duration.minutes', { m: minutes });
  return t('duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a discrimination index suggests, in words a teacher can act on (`t`: the `reports` namespace). */
export function discriminationWord(value: number | null, t: Translate): string {
  if (value === null) return t('discrimination.noData');
  const r = Math.round(value * 100) / 100; // judged as shown

  if (r >= 0.3) return t('discrimination.well');
  if (r >= 0.15) return t('discrimination.little');
  if (r > -0.05) return t('discrimination.none');
  return t('discrimination.reversed');
}
