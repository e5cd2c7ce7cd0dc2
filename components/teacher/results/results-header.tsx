// The top of the results page: what was assigned to whom, its state, and the ways out (print, CSV, guide, share).
import Link from 'next/link';
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

const STATE_TEXT: Record<ResultsHeaderInfo['state'], string> = {
  open: 'Open',
  not_open: 'Not open yet',
  past_due: 'Past due',
  closed: 'Closed',
};

export function ResultsHeader({ info }: { info: ResultsHeaderInfo }) {
  return (
    <header>
      <p className={teacherStyles.noPrint}>
        <Link href={`/teacher/classes/${info.classId}`}>← Back to {info.className}</Link>
      </p>
      <h1>
        Results: {info.quizTitle} <span className={teacherStyles.meta}>for {info.className}</span>
      </h1>
      <p className={teacherStyles.meta}>
        {STATE_TEXT[info.state]} · code <span aria-label={info.code.split('').join(' ')}>{info.code}</span> · due <LocalTime iso={info.dueAt} />
      </p>
      <ul className={`${styles.actions} ${teacherStyles.noPrint}`}>
        <li>
          <Link href={`/teacher/assignments/${info.assignmentId}/share`}>Share code and QR</Link>
        </li>
        <li>
          <Link href={printPath(info.assignmentId)}>Print view</Link>
        </li>
        <li>
          <a href={studentsCsvPath(info.assignmentId)} download>
            Download students (CSV)
          </a>
        </li>
        <li>
          <a href={answersCsvPath(info.assignmentId)} download>
            Download all answers (CSV)
          </a>
        </li>
        <li>
          <Link href={guidePath(info.quizId)}>Teacher’s guide to this quiz</Link>
        </li>
      </ul>
    </header>
  );
}
