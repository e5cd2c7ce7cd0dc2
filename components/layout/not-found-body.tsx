import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';

export function NotFoundBody() {
  return (
    <EmptyState
      icon="search"
      headingLevel={1}
      title="Page not found"
      text="There is no page at this address. The quiz or question may have been renamed or removed."
      action={
        <Link className="button" href="/">
          Go to the list of quizzes
        </Link>
      }
    />
  );
}
