// Reading drafts and stored state by hand in the browser (no zod there): values may come from an older version.
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
/** A field holding a list of objects, each read as a record. */
export const list = (v: Record<string, unknown>, field: string): Array<Record<string, unknown>> =>
  Array.isArray(v[field]) ? (v[field] as unknown[]).map(record) : [];
