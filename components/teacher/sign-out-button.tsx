// Signing out is a POST (a form), never a link a prefetch could follow.
import { signOutAction } from '@/app/(teacher)/auth-actions';
import styles from './teacher.module.css';

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? styles.linkButton}>
        Sign out
      </button>
    </form>
  );
}
