import { NotFoundBody } from '@/components/layout/not-found-body';

// inside the student layout, which already has the header and the main landmark
export default function QuizNotFound() {
  return <NotFoundBody />;
}
