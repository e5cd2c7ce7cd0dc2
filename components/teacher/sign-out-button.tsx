// Signing out is a POST (a form), never a link a prefetch could follow.
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/(teacher)/auth-actions';
import styles from './teacher.module.css';

export async function SignOutButton({ className }: { className?: string }) {
  const t = await getTranslations('account.signOut');
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? styles.linkButton}>
        {t('button')}
      </button>
    </form>
  );
}
