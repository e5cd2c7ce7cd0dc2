// The lists inside an item as the forms read them: loosely typed, since a half-edited item still saves and renders.
export type Part = {
  id: string;
  text?: string;
  name?: string;
  feedback?: string;
  misconception?: string;
  proves?: boolean;
  kind?: string;
  party?: string;
  label?: string;
  description?: string;
  credit?: number;
};
export const parts = (x: unknown): Part[] => (Array.isArray(x) ? (x as Part[]).filter((p) => p && typeof p === 'object') : []);
export const ids = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
export const letter = (id: string) => id.toUpperCase();
