// Number and duration formats shared by the results views (plain functions: server and client alike).
export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

export const decimal = (n: number | null, places = 2) => (n === null ? '–' : n.toFixed(places));

export const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export function duration(ms: number | null): string {
  if (ms === null) return '–';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a discrimination index suggests, in words a teacher can act on. */
export function discriminationWord(value: number | null): string {
  if (value === null) return 'not enough data';
  const r = Math.round(value * 100) / 100; // judged as shown

  if (r >= 0.3) return 'separates well';
  if (r >= 0.15) return 'separates a little';
  if (r > -0.05) return 'does not separate';
  return 'reversed: check the key and wording';
}
