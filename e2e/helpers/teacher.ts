// A fresh teacher per test, made through the real paths: the instance's admin (made once from the setup link the
// server wrote) invites them, and they sign up from the invite link; and an assignment made through the real UI.
import fs from 'node:fs';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';

let counter = 0;

export const ADMIN = { name: 'E2E Admin', email: 'admin@school.test', password: 'correct horse e2e staple' };
// the same file playwright.config.ts tells the server to write
export const SETUP_LINK_FILE = process.env.E2E_SETUP_LINK_FILE ?? 'data/e2e-setup-link';
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

let admin: Promise<APIRequestContext> | undefined;

async function makeAdmin(page: Page): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  if (fs.existsSync(SETUP_LINK_FILE)) {
    // no account yet: the first one, from the setup link, in a browser of its own
    const context = await page.context().browser()!.newContext();
    const setup = await context.newPage();
    await setup.goto(fs.readFileSync(SETUP_LINK_FILE, 'utf8').trim());
    await setup.getByLabel('Your name').fill(ADMIN.name);
    await setup.getByLabel('Email').fill(ADMIN.email);
    await setup.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await setup.getByRole('button', { name: 'Create the admin account' }).click();
    await expect(setup).toHaveURL(/\/teacher\/admin/);
    await context.close();
  }
  const signedIn = await api.post('/api/auth/sign-in/email', { data: { email: ADMIN.email, password: ADMIN.password } });
  expect(signedIn.status(), 'the admin signs in').toBe(200);
  return api;
}

/** A new invite link (its path and query), made by the admin over HTTP. */
export async function inviteLink(page: Page, note = 'e2e teacher'): Promise<string> {
  admin ??= makeAdmin(page).catch((error: unknown) => {
    admin = undefined;
    throw error;
  });
  const res = await (await admin).post('/api/admin/invites', { data: { note } });
  expect(res.status(), 'the admin makes an invite').toBe(201);
  const url = new URL(((await res.json()) as { url: string }).url);
  return `${url.pathname}${url.search}`;
}

export async function signUpTeacher(page: Page) {
  const email = `teacher-${Date.now()}-${counter++}@school.test`;
  await page.goto(await inviteLink(page, email));
  await page.getByLabel('Your name').fill('Ms Rahimi');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/teacher$/);
  return { email };
}

export async function createAssignment(page: Page, { className, mode }: { className: string; mode: RegExp }) {
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
  await page.getByRole('radio', { name: mode }).check();
  await page.getByRole('button', { name: 'Create assignment and get the code' }).click();
  await expect(page).toHaveURL(/\/share$/);
  const label = await page.getByLabel(/^Join code:/).getAttribute('aria-label');
  const code = (label ?? '').replace('Join code:', '').replace(/\s+/g, '');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return { code, shareUrl: page.url() };
}
