// The join code, link and QR, large enough to read from the back of a room and clean on paper.
import QRCode from 'qrcode';
import { classroomShareUrl } from '@/lib/teacher/classroom';
import { CopyLink } from './copy-link';
import { LocalTime } from './local-time';
import { PrintButton } from './print-button';
import styles from './teacher.module.css';

export interface ShareInfo {
  code: string;
  joinUrl: string;
  quizTitle: string;
  className: string;
  dueAt: string;
  closed: boolean;
}

export async function SharePanel({ info }: { info: ShareInfo }) {
  // generated on the server from our own URL: safe to inline
  const svg = await QRCode.toString(info.joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return (
    <section className={styles.share} aria-labelledby="share-heading">
      <h1 id="share-heading">
        {info.quizTitle} <span className={styles.meta}>for {info.className}</span>
      </h1>
      {info.closed ? (
        <p role="status" className={styles.alert}>
          This assignment is closed: the code no longer works.
        </p>
      ) : null}
      <p>Go to the link or scan the code, then type your name.</p>
      <p className={styles.code} aria-label={`Join code: ${info.code.split('').join(' ')}`}>
        {info.code}
      </p>
      <p className={styles.joinLink}>
        <a href={info.joinUrl}>{info.joinUrl}</a>
      </p>
      <figure className={styles.qr}>
        <div role="img" aria-label={`QR code for ${info.joinUrl}`} dangerouslySetInnerHTML={{ __html: svg }} />
      </figure>
      <p>
        Due <LocalTime iso={info.dueAt} />
      </p>
      <div className={styles.noPrint}>
        <CopyLink url={info.joinUrl} />
        <p>
          <a href={classroomShareUrl(info.joinUrl, info.quizTitle)} target="_blank" rel="noopener noreferrer">
            Share to Google Classroom<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
        <PrintButton />
      </div>
    </section>
  );
}
