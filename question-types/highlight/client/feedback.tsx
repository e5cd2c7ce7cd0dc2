import { Fragment, type ReactNode } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { findRun } from '@/lib/text/words';
import type { FeedbackProps } from '../../client-define';
import { Tagged, VerdictTag } from '../../shared/client/answer-tags';
import { CONTENT_LANG } from '../../shared/client/content-lang';

// Word indexes of a phrase in the passage, found the way the grader finds them.
function span(words: string[], phrase: string): number[] {
  const start = findRun(words, phrase);
  return start < 0 ? [] : phrase.split(/\s+/).map((_, i) => start + i);
}

// Where a selected run of stray words sits: the first unused place outside the targets where it fits exactly.
function locate(words: string[], run: string, taken: Set<number>): number[] {
  const want = run.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    const at = want.map((_, j) => i + j);
    if (want.every((w, j) => words[i + j] === w) && at.every((k) => !taken.has(k))) return at;
  }
  return [];
}

/** The words from..to (exclusive) cut into runs that are all in `set` or all out of it: [start, end, inSet]. */
export function runsOf(from: number, to: number, set: Set<number>): Array<[number, number, boolean]> {
  const runs: Array<[number, number, boolean]> = [];
  for (let i = from; i < to;) {
    const inSet = set.has(i);
    let end = i;
    while (end < to && set.has(end) === inSet) end++;
    runs.push([i, end, inSet]);
    i = end;
  }
  return runs;
}

// The passage with the words to find marked and the student's picks underlined, each also said in words: a marker
// and "(your pick)" after every run of picked words, "(a word to find)" after every marked phrase.
function Passage({ words, marked, chosen }: { words: string[]; marked: Set<number>; chosen: Set<number> }) {
  const t = useTranslations('items.player');
  const inner = (from: number, to: number): ReactNode[] =>
    runsOf(from, to, chosen).map(([s, e, picked]) => (
      <Fragment key={s}>
        {s > from ? ' ' : null}
        {picked ? (
          <>
            <span className="hl-chosen">{words.slice(s, e).join(' ')}</span>
            <span aria-hidden="true"> ✎</span>
            <span className="visually-hidden"> {t('tags.yourPick')}</span>
          </>
        ) : (
          words.slice(s, e).join(' ')
        )}
      </Fragment>
    ));
  return (
    <p className="hl-review" {...CONTENT_LANG}>
      {runsOf(0, words.length, marked).map(([s, e, isMarked]) => (
        <Fragment key={s}>
          {s > 0 ? ' ' : null}
          {isMarked ? (
            <mark>
              {inner(s, e)}
              <span className="visually-hidden"> {t('highlight.target')}</span>
            </mark>
          ) : (
            inner(s, e)
          )}
        </Fragment>
      ))}
    </p>
  );
}

const legendMark = (chunks: ReactNode) => <mark>{chunks}</mark>;
const legendPick = (chunks: ReactNode) => <span className="hl-chosen">{chunks}</span>;

export function HighlightFeedback({ item, feedback }: FeedbackProps<'highlight'>) {
  const t = useTranslations('items.player.highlight');
  const words = item.words;
  const marked = new Set(feedback.targets.flatMap((x) => span(words, x.text)));
  const chosen = new Set(feedback.selected);
  const decoyWords = new Set(feedback.decoys.flatMap((d) => span(words, d.text)));
  const taken = new Set(marked);
  const strays = feedback.strayWords.map((run) => {
    const at = locate(words, run, taken);
    at.forEach((w) => taken.add(w));
    return { run, decoy: at.some((w) => decoyWords.has(w)) };
  });
  const others = strays.some((s) => !s.decoy) ? strays.filter((s) => !s.decoy) : strays;
  const notTarget = (
    <VerdictTag key="tag" verdict="wrong">
      {t('notTarget')}
    </VerdictTag>
  );
  return (
    <>
      <h3>{t('toFind')}</h3>
      <ul>
        {feedback.targets.map((x) => (
          <li key={x.id}>
            <Tagged
              parts={[
                <strong key="text" {...CONTENT_LANG}>
                  “{x.text}”
                </strong>,
                <span key="kind" className="tag neutral">
                  {t('kind', { kind: x.kind })}
                </span>,
                <VerdictTag key="found" verdict={x.found ? 'right' : 'wrong'}>
                  {t(x.found ? 'found' : 'missed')}
                </VerdictTag>,
              ]}
            />
            <br />
            <span {...CONTENT_LANG}>{x.feedback}</span>
          </li>
        ))}
      </ul>
      {feedback.decoys.length > 0 ? (
        <>
          <h3>{t('decoys')}</h3>
          <ul>
            {feedback.decoys.map((d) => (
              <li key={d.id}>
                <Tagged
                  parts={[
                    <strong key="text" {...CONTENT_LANG}>
                      “{d.text}”
                    </strong>,
                    notTarget,
                  ]}
                />
                <br />
                <span {...CONTENT_LANG}>{d.feedback}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {feedback.otherFeedback ? (
        <>
          <h3>{t('others')}</h3>
          <p>
            <Tagged
              parts={[
                <span key="text" {...CONTENT_LANG}>
                  {others.map((s) => `“${s.run}”`).join(', ')}
                </span>,
                notTarget,
              ]}
            />
          </p>
          <p {...CONTENT_LANG}>{feedback.otherFeedback}</p>
        </>
      ) : null}
      <h3>{t('again')}</h3>
      <p className="small muted">
        {t.rich('legend', { mark: legendMark, pick: legendPick })}
      </p>
      <Passage words={words} marked={marked} chosen={chosen} />
    </>
  );
}
