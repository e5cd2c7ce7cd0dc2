import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';

export default function TeacherNotFound() {
  return (
    <EmptyState
      icon="search"
      headingLevel={1}
      title="Not found"
      text="That class or assignment does not exist, or it belongs to another teacher."
      action={
        <Link className="button" href="/teacher">
          Back to your classes
        </Link>
      }
    />
  );
}
