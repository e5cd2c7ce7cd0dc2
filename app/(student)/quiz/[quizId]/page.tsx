import Link from 'next/link';
import type { Metadata } from 'next';
import { ArticleText, sentenceText } from '@/components/article/article-text';
import { Glossary } from '@/components/glossary/glossary';
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
  const count = quiz.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      <h1>{quiz.title}</h1>
      <p>{quiz.summary}</p>
      <p className="muted small">
        {count} questions in {quiz.sections.length} sections · about {quiz.minutes} minutes · practice mode: you see
        feedback after each answer.
      </p>
      <StartQuiz quizId={quiz.id} itemCount={count} />
      <h2>Sections</h2>
      <ol>
        {quiz.sections.map((s) => (
          <li key={s.id}>
            {s.title} <span className="muted small">({s.items.length} questions)</span>
          </li>
        ))}
      </ol>
      <section aria-labelledby="article-heading" className="article-panel">
        <h2 id="article-heading">Read the article first</h2>
        <p className="muted small">
          {article.outlet}, {article.published}. {article.note}
        </p>
        <Glossary texts={[article.title, ...sentenceText(article, allSentenceIds(article)).map((s) => s.text)]} id="glossary-article" />
        <ArticleText article={article} />
      </section>
      <p>
        <Link className="button" href={`/quiz/${quiz.id}/play`}>
          Go to the questions
        </Link>
      </p>
    </>
  );
}
