import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleText, sentenceText } from '@/components/article/article-text';
import { Glossary } from '@/components/glossary/glossary';
import { ClientMessages } from '@/components/i18n/client-messages';
import { StartQuiz } from '@/components/quiz/start-quiz';
import { loadQuizPage } from '@/lib/quiz/load-page';

type Props = { params: Promise<{ quizId: string }> };

const allSentenceIds = (article: Parameters<typeof sentenceText>[0]) =>
  article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences.map((s) => s.id) : []));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { quiz } = await loadQuizPage(params);
  return { title: quiz.title };
}

export default async function QuizIntroPage({ params }: Props) {
  const { quiz, article } = await loadQuizPage(params);
  const t = await getTranslations('student.intro');
  const count = quiz.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      <h1 lang="en" dir="ltr">{quiz.title}</h1>
      <p lang="en" dir="ltr">{quiz.summary}</p>
      <p className="muted small">{t('facts', { questions: count, sections: quiz.sections.length, minutes: quiz.minutes })}</p>
      <ClientMessages namespaces={['quizStart', 'startOver']}>
        <StartQuiz quizId={quiz.id} itemCount={count} />
      </ClientMessages>
      <h2>{t('sections')}</h2>
      <ol>
        {quiz.sections.map((s) => (
          <li key={s.id}>
            <span lang="en" dir="ltr">{s.title}</span> <span className="muted small">{t('sectionCount', { count: s.items.length })}</span>
          </li>
        ))}
      </ol>
      <section aria-labelledby="article-heading" className="article-panel">
        <h2 id="article-heading">{t('readFirst')}</h2>
        <p className="muted small" lang="en" dir="ltr">
          {article.outlet}, {article.published}. {article.note}
        </p>
        <Glossary texts={[article.title, ...sentenceText(article, allSentenceIds(article)).map((s) => s.text)]} id="glossary-article" />
        <ArticleText article={article} />
      </section>
      <p>
        <a className="button" href={`/quiz/${quiz.id}/play`}>
          {t('goToQuestions')}
        </a>
      </p>
    </>
  );
}
