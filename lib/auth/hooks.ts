import 'server-only';
// better-auth's hooks and database hooks for the app's rules: sign-in limits (sign-in-hooks.ts), who may sign up
// (sign-up-hooks.ts), and no session for a disabled teacher.
import { createAuthMiddleware } from 'better-auth/api';
import { afterSignIn, beforeSignIn, SIGN_IN_PATH } from './sign-in-hooks';
import { afterUserCreate, beforeSignUp, beforeUserCreate, SIGN_UP_PATH } from './sign-up-hooks';
import { isDisabledUser } from './teacher-accounts';

export const hooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path === SIGN_IN_PATH) await beforeSignIn(ctx.body);
    if (ctx.path === SIGN_UP_PATH) beforeSignUp(ctx.body);
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path === SIGN_IN_PATH) await afterSignIn(ctx.body, ctx.context.returned);
  }),
};

export const databaseHooks = {
  user: {
    create: {
      before: async (data: Record<string, unknown>) => {
        const { role } = await beforeUserCreate();
        return { data: { ...data, role } };
      },
      after: async (created: { id: string }) => afterUserCreate(created.id),
    },
  },
  session: {
    create: {
      // the disabled check at sign-in comes first (sign-in-hooks.ts); this holds for any other way to a session
      before: async (data: { userId: string }) => ((await isDisabledUser(data.userId)) ? false : undefined),
    },
  },
};
