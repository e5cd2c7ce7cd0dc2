// The marks on an answer in feedback: each says what it is in words, with a mark beside the colour, so nothing is told
// by colour alone and a screen reader hears "Your answer: wrong" where a sighted student sees ✗.
import { Fragment, type ReactNode } from 'react';
import { useTranslations } from '#i18n/use-translations';

export type AnswerVerdict = 'right' | 'part' | 'wrong';

const MARK: Record<AnswerVerdict, string> = { right: '✓', part: '◐', wrong: '✗' };
const CLASS: Record<AnswerVerdict, string> = { right: 'good', part: 'part', wrong: 'bad' };

/** A tag with its verdict's mark and colour, and its own words. */
export function VerdictTag({ verdict, children }: { verdict: AnswerVerdict; children: ReactNode }) {
  return (
    <span className={`tag ${CLASS[verdict]}`}>
      <span aria-hidden="true">{MARK[verdict]} </span>
      {children}
    </span>
  );
}

export function YourAnswerTag({ verdict }: { verdict: AnswerVerdict }) {
  const t = useTranslations('items.player.tags');
  return <VerdictTag verdict={verdict}>{t('yourAnswer', { verdict })}</VerdictTag>;
}

export function RightAnswerTag() {
  const t = useTranslations('items.player.tags');
  return <VerdictTag verdict="right">{t('rightAnswer')}</VerdictTag>;
}

export function NoAnswerTag() {
  const t = useTranslations('items.player.tags');
  return <span className="tag neutral">{t('noAnswer')}</span>;
}

/**
 * The pieces of one answer's line (its text, then its tags), with a separator a screen reader pauses at between
 * them, so "The agency" and "Your answer: wrong" are not read as one run of words. The pills already part them on
 * screen. Empty pieces (null, false) are dropped.
 */
export function Tagged({ parts }: { parts: ReactNode[] }) {
  const t = useTranslations('items.player.tags');
  const pieces = parts.filter((c) => c !== null && c !== undefined && c !== false && c !== '');
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? (
            <>
              <span className="visually-hidden">{t('sep')}</span>{' '}
            </>
          ) : null}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
