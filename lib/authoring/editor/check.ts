import 'server-only';
// The editor's live checks on a draft state: each item against its type's schema, then the whole quiz through the
// content check (lib/content/check.ts) with sentence coverage, then every finding of the quality lint
// (content/lint/lint.ts), and any explanation or feedback still carrying the "[write: …]" marker. Each finding names
// the item and the field it is about, so the editor shows it next to that field. Publishing runs the same checks.
// Findings are worded by `t` (the contentCheck namespace, in the teacher's language); what the content check and the
// lint themselves say (content/validate.ts, content/lint/) comes inside those words as they wrote it.
import { ENGLISH_LINT, lintQuiz, type LintWords } from '@/content/lint/lint';
import { itemSchema, type Quiz } from '@/content/schema';
import { TO_WRITE } from '@/lib/authoring';
import type { Translate } from '@/lib/authoring/messages';
import { checkQuiz } from '@/lib/content/check';
import { draftArticle, draftQuiz } from './content';
import type { CheckReport, Finding } from './findings';
import type { DraftState } from './state';

export type { CheckReport, Finding };

const LISTS = new Set(['options', 'targets', 'decoys', 'statements', 'claims', 'steps', 'parties']);

/** "options.1.feedback" → "options.b.feedback": list entries are named by their id, as the lint names them. */
export function fieldOf(item: Record<string, unknown>, path: readonly PropertyKey[]): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = String(path[i]);
    const list = item[part];
    const next = path[i + 1];
    if (LISTS.has(part) && Array.isArray(list) && typeof next === 'number') {
      const entry = list[next] as { id?: unknown } | undefined;
      out.push(part, typeof entry?.id === 'string' ? entry.id : String(next));
      i++;
    } else out.push(part);
  }
  return out.join('.');
}

function unfinished(item: Record<string, unknown>, itemId: string, t: Translate): Finding[] {
  const found: Finding[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (value.includes(TO_WRITE))
        found.push({
          source: 'unfinished',
          itemId,
          field: fieldOf(item, path),
          message: t('unfinished', { marker: `${TO_WRITE} …]` }),
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(item, []);
  return found;
}

const itemIdAt = (quiz: { sections: Array<{ items: Array<{ id?: unknown }> }> }, path: string) => {
  const m = /^sections\.(\d+)\.items\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!m) return undefined;
  const item = quiz.sections[Number(m[1])]?.items[Number(m[2])] as Record<string, unknown> | undefined;
  if (!item || typeof item.id !== 'string') return undefined;
  const rest = m[3] ? m[3].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [];
  return { itemId: item.id, field: rest.length ? fieldOf(item, rest) : undefined };
};

// the article's and the quiz's fields a problem may name, as the editor's details form labels them
const ARTICLE_FIELDS = new Set(['title', 'outlet', 'dateline', 'published']);
const QUIZ_FIELDS = new Set(['title', 'summary', 'minutes']);
const fieldLabel = (file: string, path: string, t: Translate) =>
  file === 'article' && ARTICLE_FIELDS.has(path)
    ? t(`article.${path}`)
    : file === 'quiz' && QUIZ_FIELDS.has(path)
      ? t(`quiz.${path}`)
      : undefined;

/** `t`: the contentCheck namespace in the teacher's language; `lintWords`: the lint's, in the same. */
export function checkDraft(state: DraftState, t: Translate, lintWords: LintWords = ENGLISH_LINT): CheckReport {
  const findings: Finding[] = [];
  const claims = state.sentences.filter((s) => s.claim).length;
  if (state.items.length === 0) {
    findings.push({ source: 'content', message: t('noItems') });
    return { ok: false, findings, coverage: { claims, covered: 0 } };
  }
  // 1. each item on its own, so a half-edited item is named without hiding the others' findings
  let itemsParse = true;
  for (const { item } of state.items) {
    const itemId = typeof item.id === 'string' ? item.id : '(no id)';
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      itemsParse = false;
      for (const issue of parsed.error.issues)
        findings.push({ source: 'content', itemId, field: fieldOf(item, issue.path), message: issue.message });
    }
    findings.push(...unfinished(item, itemId, t));
  }
  const article = draftArticle(state);
  const quiz = draftQuiz(state);
  // 2. the content check of the whole quiz and article
  const checked = checkQuiz(itemsParse ? quiz : { ...quiz, sections: [] }, article, []);
  let parsedQuiz: Quiz | undefined;
  let covered = 0;
  if (checked.ok) {
    parsedQuiz = checked.quiz;
    const cov = checked.coverage;
    covered = cov.sentences.filter((s) => s.claim && s.items.length > 0).length;
    const leftToOthers = new Set(state.layout?.uncovered ?? []);
    for (const s of cov.sentences) {
      if (s.claim && s.items.length === 0 && !leftToOthers.has(s.id)) {
        findings.push({
          source: 'coverage',
          sentenceId: s.id,
          message: t('uncovered', { sentence: s.text }),
        });
      }
    }
  } else {
    for (const p of checked.problems) {
      if (!itemsParse && p.file === 'quiz' && p.path.startsWith('sections')) continue; // the item checks above named these
      const at = p.file === 'quiz' ? itemIdAt(quiz, p.path) : undefined;
      const label = fieldLabel(p.file, p.path, t);
      findings.push({
        source: 'content',
        ...at,
        message: label || !at ? t('at', { where: label ?? p.path, message: p.message }) : p.message,
      });
    }
  }
  // 3. the quality lint, once the quiz is whole
  if (parsedQuiz) {
    for (const p of lintQuiz(parsedQuiz, [], lintWords).problems) {
      const m = /^item (\S+)(?: (.*))?$/.exec(p.at);
      findings.push({
        source: 'lint',
        ...(m ? { itemId: m[1], ...(m[2] && { field: m[2] }) } : {}),
        message: m ? p.reason : t('at', { where: p.at, message: p.reason }),
      });
    }
  }
  return { ok: findings.length === 0, findings, coverage: { claims, covered } };
}
