import { NotFoundBody } from '@/components/layout/not-found-body';

export default function TeacherNotFound() {
  return <NotFoundBody area="teacher" />;
}
