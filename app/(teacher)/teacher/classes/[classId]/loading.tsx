import { PageLoading } from '@/components/teacher/page-loading';

export default function Loading() {
  return <PageLoading what="class" />;
}
