import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ScrollTable } from '@/components/teacher/scroll-table';
import { revokeInviteAction, setTeacherDisabledAction } from '@/app/(teacher)/admin-actions';
import { ClientMessages } from '@/components/i18n/client-messages';
import { DomainsForm } from '@/components/teacher/admin/domains-form';
import { InviteForm } from '@/components/teacher/admin/invite-form';
import { RowActionForm } from '@/components/teacher/admin/row-action-form';
import { LocalTime } from '@/components/teacher/local-time';
import styles from '@/components/teacher/teacher.module.css';
import { allowedDomains } from '@/lib/auth/email-domains';
import { inviteStatus, listInvites } from '@/lib/auth/invites';
import { requireAdmin } from '@/lib/auth/session';
import { listTeacherAccounts } from '@/lib/auth/teacher-accounts';

/** A rich-text tag of a message that shows a time in the reader's zone: `made <made></made>`. */
const timeAt = (date: Date) => {
  const iso = date.toISOString();
  return function Time() {
    return <LocalTime iso={iso} />;
  };
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

export default async function AdminPage() {
  const admin = await requireAdmin({ next: '/teacher/admin' });
  const [teachers, invites, domains, t] = await Promise.all([
    listTeacherAccounts(),
    listInvites({ adminId: admin.id }),
    allowedDomains(),
    getTranslations('admin'),
  ]);
  return (
    <ClientMessages namespaces={['admin']}>
      <div className={styles.stack}>
        <h1>{t('title')}</h1>
        <ScrollTable label={t('caption')}>
          <table>
            <caption className={styles.hint}>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.name')}</th>
                <th scope="col">{t('columns.email')}</th>
                <th scope="col">{t('columns.since')}</th>
                <th scope="col">{t('columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {teachers.map((teacher) => (
                <tr key={teacher.id}>
                  <th scope="row">{teacher.name}</th>
                  <td>{teacher.email}</td>
                  <td>
                    <LocalTime iso={teacher.createdAt.toISOString()} />
                  </td>
                  <td>
                    {teacher.role === 'admin' ? (
                      t('role.admin')
                    ) : (
                      <>
                        {teacher.disabledAt ? t('role.disabled') : t('role.active')}{' '}
                        <RowActionForm
                          action={setTeacherDisabledAction}
                          fields={{ teacherId: teacher.id, disabled: teacher.disabledAt ? '0' : '1' }}
                          label={teacher.disabledAt ? t('enable', { name: teacher.name }) : t('disable', { name: teacher.name })}
                          pending={t('saving')}
                        />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <InviteForm />
        <h2>{t('invitesHeading')}</h2>
        {invites.length === 0 ? (
          <p>{t('noInvites')}</p>
        ) : (
          <ul>
            {invites.map((i) => {
              const status = inviteStatus(i);
              return (
                <li key={i.id}>
                  {t.rich('inviteLine', {
                    note: i.note || t('inviteUnnamed'),
                    status,
                    made: timeAt(i.createdAt),
                    until: timeAt(i.expiresAt),
                  })}
                  {status === 'open' ? (
                    <RowActionForm
                      action={revokeInviteAction}
                      fields={{ inviteId: i.id }}
                      label={i.note ? t('revoke', { note: i.note }) : t('revokeUnnamed')}
                      pending={t('revoking')}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <DomainsForm domains={domains} />
      </div>
    </ClientMessages>
  );
}
