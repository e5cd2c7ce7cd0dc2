// The top of the results page: what was assigned to whom, its state, and the ways out (print, CSV, guide, share).
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocalTime } from '../local-time';
import teacherStyles from '../teacher.module.css';
import { answersCsvPath, guidePath, printPath, studentsCsvPath } from './paths';
import styles from './results.module.css';

export interface ResultsHeaderInfo {
  assignmentId: string;
  classId: string;
  className: string;
  quizId: string;
  quizTitle: string;
  code: string;
  dueAt: string;
  state: 'open' | 'not_open' | 'past_due' | 'closed';
}

/** The quiz's title is content, in English (content files name no language). */
export const content = (chunks: ReactNode) => (
  <span lang="en" dir="ltr">
    {chunks}
  </span>
);

export async function ResultsHeader({ info }: { info: ResultsHeaderInfo }) {
  const t = await getTranslations('reports');
  return (
    <header>
      <p className={teacherStyles.noPrint}>
        <Link href={`/teacher/classes/${info.classId}`}>{t('header.back', { name: info.className })}</Link>
      </p>
      <h1>
        {t.rich('header.title', { quiz: info.quizTitle, content })} <span className={teacherStyles.meta}>{t('header.forClass', { name: info.className })}</span>
      </h1>
      <p className={teacherStyles.meta}>
        {t(`state.${info.state}`)} · {t('header.code')} <span aria-label={info.code.split('').join(' ')}>{info.code}</span> · {t('header.due')} <LocalTime iso={info.dueAt} />
      </p>
      <ul className={`${styles.actions} ${teacherStyles.noPrint}`}>
        <li>
          <Link href={`/teacher/assignments/${info.assignmentId}/share`}>{t('header.share')}</Link>
        </li>
        <li>
          <Link href={printPath(info.assignmentId)}>{t('header.print')}</Link>
        </li>
        <li>
          <a href={studentsCsvPath(info.assignmentId)} download>
            {t('header.studentsCsv')}
          </a>
        </li>
        <li>
          <a href={answersCsvPath(info.assignmentId)} download>
            {t('header.answersCsv')}
          </a>
        </li>
        <li>
          <Link href={guidePath(info.quizId)}>{t('header.guide')}</Link>
        </li>
      </ul>
    </header>
  );
}
