// Text people type, made safe to store and show. PostgreSQL text (and jsonb) cannot hold U+0000, so a NUL would
// fail the insert with a 500; bidi controls (U+202E and the like) make a title read backwards in lists.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
export const NUL = /\u0000/g;
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 control characters other than the white space that tidying turns into a space
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function stripNul(text: string): string {
  return text.replace(NUL, '');
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}
