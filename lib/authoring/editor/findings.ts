// What the live checks report (check.ts on the server), as plain data the editor shows. Types only: browser-safe.
export interface Finding {
  source: 'content' | 'coverage' | 'lint' | 'unfinished';
  itemId?: string;
  field?: string; // "options.b.feedback": the field's path in the item, list entries named by their id
  sentenceId?: string;
  message: string;
}
export interface CheckReport {
  ok: boolean;
  findings: Finding[];
  coverage: { claims: number; covered: number };
}
