// A fresh teacher per test, signed up through the real form; and an assignment made through the real UI.
import { expect, type Page } from '@playwright/test';

let counter = 0;

export async function signUpTeacher(page: Page) {
  const email = `teacher-${Date.now()}-${counter++}@school.test`;
  await page.goto('/teacher/sign-up');
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
