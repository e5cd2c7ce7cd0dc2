import type { Metadata } from 'next';
import { revokeInviteAction, setTeacherDisabledAction } from '@/app/(teacher)/admin-actions';
import { DomainsForm } from '@/components/teacher/admin/domains-form';
import { InviteForm } from '@/components/teacher/admin/invite-form';
import { RowActionForm } from '@/components/teacher/admin/row-action-form';
import { LocalTime } from '@/components/teacher/local-time';
import styles from '@/components/teacher/teacher.module.css';
import { allowedDomains } from '@/lib/auth/email-domains';
import { inviteStatus, listInvites } from '@/lib/auth/invites';
import { requireAdmin } from '@/lib/auth/session';
import { listTeacherAccounts } from '@/lib/auth/teacher-accounts';

export const metadata: Metadata = { title: 'Teachers' };

export default async function AdminPage() {
  const admin = await requireAdmin({ next: '/teacher/admin' });
  const [teachers, invites, domains] = await Promise.all([listTeacherAccounts(), listInvites({ adminId: admin.id }), allowedDomains()]);
  return (
    <div className={styles.stack}>
      <h1>Teachers</h1>
      <table>
        <caption className={styles.hint}>Everyone with an account on this Claimcheck. Disabling one signs them out everywhere at once.</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Since</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {teachers.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>{t.email}</td>
              <td>
                <LocalTime iso={t.createdAt.toISOString()} />
              </td>
              <td>
                {t.role === 'admin' ? (
                  'admin'
                ) : (
                  <>
                    {t.disabledAt ? 'disabled ' : 'active '}
                    <RowActionForm
                      action={setTeacherDisabledAction}
                      fields={{ teacherId: t.id, disabled: t.disabledAt ? '0' : '1' }}
                      label={t.disabledAt ? `Enable ${t.name}` : `Disable ${t.name}`}
                      pending="Saving…"
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InviteForm />
      <h2>Invite links</h2>
      {invites.length === 0 ? (
        <p>No invites yet.</p>
      ) : (
        <ul>
          {invites.map((i) => {
            const status = inviteStatus(i);
            return (
              <li key={i.id}>
                {i.note || 'Invite'}: {status}, made <LocalTime iso={i.createdAt.toISOString()} />, until{' '}
                <LocalTime iso={i.expiresAt.toISOString()} />
                {status === 'open' ? (
                  <RowActionForm action={revokeInviteAction} fields={{ inviteId: i.id }} label={`Revoke ${i.note || 'this invite'}`} pending="Revoking…" />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <DomainsForm domains={domains} />
    </div>
  );
}
