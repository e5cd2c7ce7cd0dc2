// CSV export: RFC 4180 quoting, and cells that a spreadsheet would run as a formula are defused.
import type { Quiz } from '@/content/schema';
import { CONFIDENCE_LABELS } from '@/lib/quiz/vocabulary';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { describeResponse } from './describe';
import { isPending, misconceptionsOf, parseStoredResponse } from './graded';
import { ITEM_MAX, quizItems } from './questions';
import { versionedItems, type QuizVersions } from './versions';
import type { StudentRow, StudentStatus } from './students';
import type { ReportAttempt, ReportStudent } from './types';

export type Cell = string | number | boolean | Date | null | undefined;

/** Prepended by the routes so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these can run as a formula in Excel, LibreOffice or Google Sheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  // NFKC first: a spreadsheet may read a full-width ＝ or ＋ as the formula sign it is a compatibility form of
  if (FORMULA_START.test(text.normalize('NFKC'))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: comma-separated, CRLF line ends, a CRLF after the last row too. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const STATUS_TEXT: Record<StudentStatus, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  submitted: 'submitted',
};

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6000) / 10);

/** One row per student. */
export function studentsCsv(rows: readonly StudentRow[]): string {
  const header = [
    'Student', 'Status', 'Score', 'Out of', 'Percent', 'Answered', 'Questions', 'Written answers to rate',
    'Confidently wrong', 'Attempt', 'Joined', 'Started', 'Submitted', 'Time taken (minutes)', 'Last activity',
  ];
  return toCsv([
    header,
    ...rows.map((r) => [
      r.displayName,
      STATUS_TEXT[r.status],
      r.score,
      r.max,
      r.max > 0 ? Math.round((r.score / r.max) * 100) : null,
      r.answered,
      r.questions,
      r.pending,
      r.confidentlyWrong,
      r.attemptNumber,
      r.joinedAt,
      r.startedAt,
      r.submittedAt,
      minutes(r.timeTakenMs),
      r.lastActivity,
    ]),
  ]);
}

/** One row per answer, every attempt, by student, attempt and question order. */
export function answersCsv(quiz: Quiz, students: readonly ReportStudent[], attempts: readonly ReportAttempt[], versions?: QuizVersions): string {
  const items = quizItems(quiz);
  const versioned = versionedItems(quiz, versions);
  const byId = new Map(items.map((e) => [e.item.id, e]));
  const names = new Map(students.map((s) => [s.id, s.displayName]));
  const header = [
    'Student', 'Attempt', 'Submitted', 'Question', 'Question id', 'Section', 'Type', 'Prompt', 'Answer', 'Mark',
    'Out of', 'Confidence', 'Self-rating (0-2)', 'Teacher rating (0-2)', 'Misconceptions shown', 'Answered at',
  ];
  const sorted = [...attempts].sort(
    (a, b) =>
      (names.get(a.studentId) ?? '').localeCompare(names.get(b.studentId) ?? '', undefined, { sensitivity: 'base' }) ||
      a.number - b.number,
  );
  const rows: Cell[][] = [header];
  for (const attempt of sorted) {
    const answers = attempt.answers
      .filter((a) => byId.has(a.itemId))
      .sort((a, b) => (byId.get(a.itemId)?.number ?? 0) - (byId.get(b.itemId)?.number ?? 0));
    for (const answer of answers) {
      const entry = byId.get(answer.itemId);
      if (!entry) continue;
      // the answer as given: read against its attempt's own version of the item
      const { number, sectionTitle } = entry;
      const item = versioned.itemFor(attempt, answer.itemId) ?? entry.item;
      const response = parseStoredResponse(item, answer.response);
      rows.push([
        names.get(attempt.studentId) ?? '(unknown student)',
        attempt.number,
        attempt.submittedAt ? 'yes' : 'no',
        number,
        item.id,
        sectionTitle,
        item.type,
        item.prompt,
        response ? describeResponse(item, response).join(' | ') : '(unreadable answer)',
        isPending(item, answer) ? 'to rate' : answer.score,
        ITEM_MAX,
        answer.confidence ? CONFIDENCE_LABELS[answer.confidence] : null,
        answer.selfRating ?? (response?.type === 'written' ? response.selfRating : null),
        answer.teacherRating,
        misconceptionsOf(item, answer.response).map((m) => MISCONCEPTION_LABELS[m].label).join('; '),
        answer.answeredAt,
      ]);
    }
  }
  return toCsv(rows);
}
