import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Editor } from '@/components/authoring/editor';
import styles from '@/components/teacher/teacher.module.css';
import { annotate, assistantView } from '@/lib/authoring/editor/assistant';
import type { DraftBlock } from '@/lib/authoring';
import { requireTeacher } from '@/lib/auth/session';
import { getDraft } from '@/lib/authoring/editor/drafts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring.draft'))('title') };
}

// the quiz's title in the heading is content, in its article's language
const contentTitle = (chunks: ReactNode) => <span lang="en">{chunks}</span>;

export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/drafts/${encodeURIComponent(draftId)}` });
  // another teacher's draft is the same 404 as an unknown one
  const draft = await getDraft({ ownerId: teacher.id, draftId });
  if (!draft) notFound();
  const t = await getTranslations('authoring');
  const assistant = assistantView(annotate(draft.state.blocks as DraftBlock[]), t);
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher/quizzes">{t('new.back')}</Link>
      </p>
      <h1>
        {draft.state.quiz.title
          ? t.rich('draft.heading', { title: contentTitle, name: draft.state.quiz.title })
          : t('draft.headingUntitled')}
      </h1>
      <ClientMessages namespaces={['editor']}>
        <Editor draftId={draft.id} revision={draft.revision} initial={draft.state} assistant={assistant} />
      </ClientMessages>
    </div>
  );
}
