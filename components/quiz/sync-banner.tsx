'use client';
import { useTranslations } from '#i18n/use-translations';
import type { SyncStatus } from './sync-status';
import styles from './sync-banner.module.css';

/**
 * Whether answers reach the server, in two places. A problem (offline, retrying, refused) is a notice stuck to the
 * top of the viewport, so it is seen without scrolling; its live region holds one sentence per problem, announced
 * once as it appears, while the count of waiting answers beside it updates silently. The quiet save status sits
 * under the answer button and says nothing until something was saved; practice (`quiet`) shows none.
 */
export function SyncNotice({ status }: { status: SyncStatus }) {
  const t = useTranslations('quiz.sync');
  const problem = status.kind === 'offline' || status.kind === 'retrying' || status.kind === 'refused';
  return (
    <div className={problem ? styles.notice : undefined} data-sync={problem ? status.kind : undefined}>
      <p role="status" className={problem ? styles.live : undefined}>
        {status.kind === 'offline'
          ? t('offline')
          : status.kind === 'retrying'
            ? t('retrying')
            : status.kind === 'refused'
              ? t('refused', { reason: status.reason })
              : ''}
      </p>
      {status.kind === 'offline' || status.kind === 'retrying' ? (
        <p className={styles.count}>{t('waiting', { count: status.waiting })}</p>
      ) : null}
    </div>
  );
}

export function SaveStatus({ status }: { status: SyncStatus }) {
  const t = useTranslations('quiz.sync');
  const text = status.kind === 'saved' ? t('saved') : status.kind === 'saving' ? t('saving') : '';
  return (
    <p className="small muted" data-save={status.kind}>
      {text}
    </p>
  );
}
