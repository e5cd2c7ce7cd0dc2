// The teacher's guide to a quiz: goals, time, every question with its key and feedback, discussion prompts,
// the claim map and the outside sources. Teachers only: it holds the whole answer key. The quiz's own words are
// English (content files name no language): each piece of them is marked lang="en" on an Urdu page.
import { getTranslations } from 'next-intl/server';
import type { Article, Quiz } from '@/content/schema';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { quizSources } from '@/lib/teacher/guide';
import { PrintButton } from '../print-button';
import { ScrollTable } from '../scroll-table';
import teacherStyles from '../teacher.module.css';
import { GuideItem } from './guide-item';
import { GuideLint } from './guide-lint';
import { formatSources } from '@/components/glossary/format-sources';
import { lintReport } from '@/lib/content/lint-report';
import styles from './guide.module.css';

function sentenceTexts(article: Article | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of article?.blocks ?? []) {
    if (block.kind === 'paragraph') for (const s of block.sentences) map.set(s.id, s.text);
  }
  return map;
}

export async function QuizGuide({ quiz, article }: { quiz: Quiz; article: Article | undefined }) {
  const [t, tt] = await Promise.all([getTranslations('guide'), getTranslations('teacher')]);
  const sentences = sentenceTexts(article);
  const sources = quizSources(quiz);
  const questionCount = quiz.sections.reduce((n, s) => n + s.items.length, 0);
  const numbers = new Map(quiz.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
  return (
    <div className={styles.guide}>
      <h1>
        {t('title')} <span lang="en" dir="ltr">{quiz.title}</span>
      </h1>
      <p lang="en">{quiz.summary}</p>
      <p>
        <strong>{t('timeNeeded')}</strong> {t('time', { minutes: quiz.minutes, questions: questionCount })}
        {article ? (
          <>
            {' '}
            · <strong>{t('article')}</strong>{' '}
            <span lang="en" dir="ltr">
              {article.title} ({article.outlet}, {article.dateline})
            </span>
          </>
        ) : null}
      </p>
      <p className={teacherStyles.noPrint}>
        {t('keyWarning')} <PrintButton label={tt('print')} />
      </p>

      <nav aria-labelledby="contents-heading" className={teacherStyles.noPrint}>
        <h2 id="contents-heading">{t('contents')}</h2>
        <ul>
          <li>
            <a href="#goals">{t('goals')}</a>
          </li>
          {quiz.sections.map((s) => (
            <li key={s.id}>
              <a href={`#section-${s.id}`} lang="en">
                {s.title}
              </a>
            </li>
          ))}
          <li>
            <a href="#discussion">{t('discussion')}</a>
          </li>
          <li>
            <a href="#claim-map">{t('claimMapShort')}</a>
          </li>
          <li>
            <a href="#sources">{t('sources')}</a>
          </li>
          <li>
            <a href="#quality">{t('quality')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="goals">
        <h2 id="goals">{t('goals')}</h2>
        {quiz.goals.length > 0 ? (
          <ul lang="en">
            {quiz.goals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        ) : (
          <p>{t('noGoals')}</p>
        )}
        <p>{t('statusWords')}</p>
        <dl>
          {Object.values(STATUS_LABELS).map((s) => (
            <div key={s.label}>
              <dt className={styles.label}>{s.label}</dt>
              <dd>{s.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      {quiz.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} lang="en">
            {section.title}
          </h2>
          {section.intro ? <p lang="en">{section.intro}</p> : null}
          {section.method ? (
            <p>
              <strong>
                {t('method')} <span lang="en" dir="ltr">{section.method.name}.</span>
              </strong>{' '}
              <span lang="en" dir="ltr">{section.method.how}</span>{' '}
              <span className={styles.muted}>
                ({t('source')} <span lang="en" dir="ltr">{formatSources(section.method.sources)}</span>)
              </span>
            </p>
          ) : null}
          {section.items.map((item) => (
            <GuideItem key={item.id} item={item} number={numbers.get(item.id) ?? 0} sentences={sentences} />
          ))}
        </section>
      ))}

      <section aria-labelledby="discussion">
        <h2 id="discussion">{t('discussion')}</h2>
        {quiz.discussion.length > 0 ? (
          <ol lang="en">
            {quiz.discussion.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          <p>{t('noDiscussion')}</p>
        )}
      </section>

      <section aria-labelledby="claim-map">
        <h2 id="claim-map">{t('claimMap')}</h2>
        {quiz.claimMap.length === 0 ? <p>{t('noClaimMap')}</p> : null}
        {quiz.claimMap.map((party) => (
          <ScrollTable key={party.party} label={party.party}>
            <table className={styles.table}>
              <caption className={styles.label} lang="en">
                {party.party}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('claim')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('settle')}</th>
                  <th scope="col">{t('sentences')}</th>
                </tr>
              </thead>
              <tbody>
                {party.claims.map((c, i) => (
                  <tr key={i}>
                    <th scope="row" lang="en">
                      {c.text}
                    </th>
                    <td>{STATUS_LABELS[c.status].label}</td>
                    <td lang="en">{c.settle}</td>
                    <td>{c.sentences.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ))}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        {sources.length === 0 ? (
          <p>{t('noSources')}</p>
        ) : (
          <ul>
            {sources.map((s, i) => (
              <li key={i}>
                <strong lang="en">{s.outlet}</strong>
                {s.date ? `, ${s.date}` : ''}{' '}
                <span className={styles.muted}>
                  ({t('citedIn')}{' '}
                  {s.items.map((id, j) => (
                    <span key={id}>
                      {j > 0 ? t('separator') : ''}
                      <a href={`#item-${id}`}>{t('question', { n: numbers.get(id) ?? 0 })}</a>
                    </span>
                  ))}
                  )
                </span>
                {s.notes.length > 0 ? (
                  <ul lang="en">
                    {s.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <GuideLint report={await lintReport(quiz)} />
    </div>
  );
}
