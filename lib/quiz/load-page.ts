import 'server-only';
// Shared loading for the practice pages: validated params in, quiz and article out, or a 404 (for an assessment
// quiz too: it is served only through an assignment).
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/content';
import { quizParamsSchema } from './params';
import { getPracticeQuiz } from '@/lib/content/practice';

export async function loadQuizPage(params: Promise<{ quizId: string }>) {
  const parsed = quizParamsSchema.safeParse(await params);
  const quiz = parsed.success ? getPracticeQuiz(parsed.data.quizId) : undefined;
  const article = quiz ? getArticle(quiz.article) : undefined;
  if (!quiz || !article) notFound();
  return { quiz, article };
}
