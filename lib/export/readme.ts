// The README inside every export: where it came from, how each question type was mapped, what this format cannot
// carry, and the misconception each wrong option stands for (no format has a per-option slot for it).
import type { Quiz } from '@/content/schema';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { COMMON_LOSSES, FORMAT_NAMES, typeLosses, type Format } from './losses';
import { taggedAnswersOf } from './types';

export function buildReadme(quiz: Quiz, format: Format): string {
  const lines = [
    `# ${quiz.title}`,
    '',
    `${FORMAT_NAMES[format]} exported from Claimcheck (quiz "${quiz.id}").`,
    '',
    quiz.summary,
    '',
    'Every item is worth 1 point. Partial credit follows Claimcheck: select-all and highlight earn a share per right',
    'choice less a share per wrong one, never below 0; match and "what it proves" earn the share of parts right;',
    'order earns the share of step pairs in the right order; two-part items earn ½ for the right answer in part A and',
    'the other ½ for the right reason in part B, which counts only when part A is right; written answers are scored',
    'by a person against the rubric.',
    '',
    '## What this format does not carry',
    '',
    ...COMMON_LOSSES[format].map((l) => `- ${l}`),
    '',
    ...typeLosses(format).flatMap(({ label, losses }) => (losses.length ? [`${label}:`, ...losses.map((l) => `- ${l}`), ''] : [])),
    '## Misconceptions behind the wrong answers',
    '',
  ];
  for (const section of quiz.sections) {
    for (const item of section.items) {
      const tags = taggedAnswersOf(item);
      if (tags.length === 0) continue;
      lines.push(`${item.id}:`);
      for (const t of tags) lines.push(`- "${t.text}": ${MISCONCEPTION_LABELS[t.tag as keyof typeof MISCONCEPTION_LABELS]?.label ?? t.tag} (${t.tag})`);
      lines.push('');
    }
  }
  if (quiz.discussion.length) lines.push('## Discussion prompts', '', ...quiz.discussion.map((d) => `- ${d}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
