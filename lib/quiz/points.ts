// Scores as students read them: whole or half points ("7½ of 12"), never "10.14". Grades stay exact underneath
// (teachers' statistics use them); only what is shown is rounded.
const half = (n: number) => Math.round(n * 2) / 2;

function show(n: number): string {
  const whole = Math.floor(n);
  if (n === whole) return String(whole);
  return whole === 0 ? '½' : `${whole}½`;
}

/** A total of several items: the nearest half point. */
export function formatPoints(score: number): string {
  return show(half(score));
}

/** One item's score: 0 or 1, and any partly right answer as ½, so it never reads as wrong or as full marks. */
export function formatItemPoints(score: number): string {
  if (score <= 0) return '0';
  if (score >= 1) return '1';
  return '½';
}
