import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Editor } from '@/components/authoring/editor';
import styles from '@/components/teacher/teacher.module.css';
import { annotate, assistantView } from '@/lib/authoring/editor/assistant';
import type { DraftBlock } from '@/lib/authoring';
import { requireTeacher } from '@/lib/auth/session';
import { getDraft } from '@/lib/authoring/editor/drafts';

export const metadata: Metadata = { title: 'Edit quiz draft' };

export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/drafts/${encodeURIComponent(draftId)}` });
  // another teacher's draft is the same 404 as an unknown one
  const draft = await getDraft({ ownerId: teacher.id, draftId });
  if (!draft) notFound();
  const assistant = assistantView(annotate(draft.state.blocks as DraftBlock[]));
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher/quizzes">← Your quizzes</Link>
      </p>
      <h1>Quiz draft: {draft.state.quiz.title || 'untitled'}</h1>
      <Editor draftId={draft.id} revision={draft.revision} initial={draft.state} assistant={assistant} />
    </div>
  );
}
