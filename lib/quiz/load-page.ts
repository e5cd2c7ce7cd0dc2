import 'server-only';
// Shared loading for the quiz pages: validated params in, quiz and article out, or a 404.
import { notFound } from 'next/navigation';
import { getArticle, getQuiz } from '@/lib/content';
import { quizParamsSchema } from './params';

export async function loadQuizPage(params: Promise<{ quizId: string }>) {
  const parsed = quizParamsSchema.safeParse(await params);
  const quiz = parsed.success ? getQuiz(parsed.data.quizId) : undefined;
  const article = quiz ? getArticle(quiz.article) : undefined;
  if (!quiz || !article) notFound();
  return { quiz, article };
}
