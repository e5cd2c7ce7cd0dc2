// Pure: a report over attempts of an earlier version reads each answer against that version's items, so a later
// version (here: the single-choice key and its tags changed) changes nothing the report says of them.
import { describe, expect, it } from 'vitest';
import type { Quiz } from '@/content/schema';
import { single } from '@/lib/quiz/test-items';
import { buildAssignmentReport } from './report';
import { attempts, quiz, students } from './test-fixtures';
import { versionedItems } from './versions';

// version 2: the key of the single-choice item moves to "a", and "b" (the old key) becomes a tagged distractor
const v2: Quiz = structuredClone(quiz);
const item = v2.sections[0]!.items.find((i) => i.id === single.id)!;
if (item.type !== 'single') throw new Error('the fixture’s single item');
item.key = 'a';
item.options = item.options.map((o) => (o.id === 'a' ? { ...o, misconception: undefined } : o.id === 'b' ? { ...o, misconception: 'official-source' } : o));

const onV1 = attempts.map((a) => ({ ...a, quizVersion: 1 }));

describe('reports across quiz versions', () => {
  it('reads each attempt against its own version: the report of version-1 attempts is unchanged by version 2', () => {
    const asBefore = buildAssignmentReport(quiz, { students, attempts: onV1 });
    const withV2 = buildAssignmentReport(v2, { students, attempts: onV1 }, new Map([[1, quiz], [2, v2]]));
    expect(withV2.students).toEqual(asBefore.students);
    expect(withV2.misconceptions).toEqual(asBefore.misconceptions);
    const q = (r: typeof asBefore) => r.questions.find((s) => s.itemId === single.id)!;
    expect(q(withV2).mostCommonWrong).toEqual(q(asBefore).mostCommonWrong);
    // every answer counted against its own version's key
    expect(q(withV2).options!.filter((o) => o.count > 0).map((o) => [o.id, o.isKey, o.count]).sort()).toEqual(q(asBefore).options!.filter((o) => o.count > 0).map((o) => [o.id, o.isKey, o.count]).sort());
  });

  it('reads an attempt against the current quiz when its version is not given', () => {
    const items = versionedItems(v2, new Map([[1, quiz]]));
    expect(items.itemFor({ quizVersion: 1 }, single.id)).toBe(quiz.sections[0]!.items.find((i) => i.id === single.id));
    expect(items.itemFor({ quizVersion: 3 }, single.id)).toBe(item);
    expect(items.itemFor({}, single.id)).toBe(item);
  });
});
