// A fresh teacher per test, made through the real paths: the instance's admin (made once from the setup link the
// server wrote) invites them, and they sign up from the invite link; and an assignment made through the real UI.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';

let counter = 0;

export const ADMIN = { name: 'E2E Admin', email: 'admin@school.test', password: 'correct horse e2e staple' };
// the same file playwright.config.ts tells the server to write
export const SETUP_LINK_FILE = process.env.E2E_SETUP_LINK_FILE ?? 'data/e2e-setup-link';
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

/** The server a teacher is made on: the suite's own, or one a test started itself (e2e/helpers/server.ts). */
export interface TeacherServer {
  url: string;
  setupLinkFile: string;
}
const SUITE_SERVER: TeacherServer = { url: baseURL, setupLinkFile: SETUP_LINK_FILE };

// one admin per server, made once
const admins = new Map<string, Promise<APIRequestContext>>();

async function makeAdmin(page: Page, server: TeacherServer): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } });
  if (fs.existsSync(server.setupLinkFile)) {
    // no account yet: the first one, from the setup link, in a browser of its own
    const context = await page.context().browser()!.newContext();
    const setup = await context.newPage();
    await setup.goto(fs.readFileSync(server.setupLinkFile, 'utf8').trim());
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
export async function inviteLink(page: Page, note = 'e2e teacher', server: TeacherServer = SUITE_SERVER): Promise<string> {
  let admin = admins.get(server.url);
  if (!admin) {
    admin = makeAdmin(page, server).catch((error: unknown) => {
      admins.delete(server.url);
      throw error;
    });
    admins.set(server.url, admin);
  }
  const res = await (await admin).post('/api/admin/invites', { data: { note } });
  expect(res.status(), 'the admin makes an invite').toBe(201);
  const url = new URL(((await res.json()) as { url: string }).url);
  return `${url.pathname}${url.search}`;
}

export async function signUpTeacher(page: Page, server: TeacherServer = SUITE_SERVER) {
  const email = `teacher-${Date.now()}-${counter++}@school.test`;
  await page.goto(`${server.url}${await inviteLink(page, email, server)}`);
  await page.getByLabel('Your name').fill('Ms Rahimi');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  // each teacher signs up from a network address of its own: the suite makes more teachers than one address may in
  // an hour (lib/security/rate-limits.ts), and the suite's server trusts one proxy hop (TRUST_PROXY=1)
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.19.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}` });
  try {
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/teacher$/);
  } finally {
    await page.setExtraHTTPHeaders({});
  }
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
