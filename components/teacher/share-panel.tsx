// The join code, link and QR, large enough to read from the back of a room and clean on paper.
import { getTranslations } from 'next-intl/server';
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
  const t = await getTranslations('teacher');
  const svg = await QRCode.toString(info.joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return (
    <section className={styles.share} aria-labelledby="share-heading">
      <h1 id="share-heading">
        {info.quizTitle} <span className={styles.meta}>{t('share.forClass', { name: info.className })}</span>
      </h1>
      {info.closed ? (
        <p role="status" className={styles.alert}>
          {t('share.closed')}
        </p>
      ) : null}
      <p>{t('share.instructions')}</p>
      <p className={styles.code} aria-label={t('share.codeLabel', { code: info.code.split('').join(' ') })}>
        {info.code}
      </p>
      <p className={styles.joinLink}>
        <a href={info.joinUrl}>{info.joinUrl}</a>
      </p>
      <figure className={styles.qr}>
        <div role="img" aria-label={t('share.qrLabel', { url: info.joinUrl })} dangerouslySetInnerHTML={{ __html: svg }} />
      </figure>
      <p>
        {t('share.due')} <LocalTime iso={info.dueAt} />
      </p>
      <div className={styles.noPrint}>
        <CopyLink url={info.joinUrl} labels={{ label: t('share.linkLabel'), copy: t('share.copy'), copied: t('share.copied'), manual: t('share.manual') }} />
        <p>
          <a href={classroomShareUrl(info.joinUrl, info.quizTitle)} target="_blank" rel="noopener noreferrer">
            {t('share.classroom')}<span className="visually-hidden"> {t('newTab')}</span>
          </a>
        </p>
        <PrintButton label={t('print')} />
      </div>
    </section>
  );
}
