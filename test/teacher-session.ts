// For route and action tests: a signed-in teacher (or none) without better-auth. Only the session is mocked; the
// database, content and checks are the real ones. Use with vi.mock('@/lib/auth/session', () => mockedSession(session)).
import { AppError } from '@/lib/errors';
import type { Teacher } from '@/lib/auth/session';

export interface SessionBox {
  teacher: Teacher | null;
}

export function mockedSession(box: SessionBox) {
  return {
    assertTeacher: async () => {
      if (!box.teacher) throw new AppError('unauthorized:session', 'Please sign in as a teacher.');
      return box.teacher;
    },
    requireTeacher: async () => {
      if (!box.teacher) throw new Error('NEXT_REDIRECT /teacher/sign-in');
      return box.teacher;
    },
  };
}

export const asTeacher = (t: { id: string; email: string }): Teacher => ({ id: t.id, name: 'Teacher', email: t.email, role: 'teacher' });
