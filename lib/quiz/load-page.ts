import 'server-only';
// Shared loading for the practice pages: validated params in, quiz and article out, or a 404 (for an assessment
// quiz too: it is served only through an assignment).
import { notFound } from 'next/navigation';
import { quizParamsSchema } from './params';
import { loadPracticeQuiz } from '@/lib/content/practice';

export async function loadQuizPage(params: Promise<{ quizId: string }>) {
  const parsed = quizParamsSchema.safeParse(await params);
  const loaded = parsed.success ? await loadPracticeQuiz(parsed.data.quizId) : undefined;
  if (!loaded) notFound();
  return { quiz: loaded.quiz, article: loaded.article };
}
