'use server';
// The admin's actions: invite a teacher, revoke an invite, disable or enable a teacher, allowed email domains.
// Each checks the admin itself (requireAdmin), and the data layer checks again.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { parseDomains, setAllowedDomains } from '@/lib/auth/email-domains';
import { createInvite, MAX_INVITE_NOTE, revokeInvite } from '@/lib/auth/invites';
import { requireAdmin } from '@/lib/auth/session';
import { setTeacherDisabled } from '@/lib/auth/teacher-accounts';
import { errorMessage, formError, translateError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/forms/state';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';
import type { FormState } from '@/lib/forms/state';
import { hasControlCharacters } from '@/lib/validation/text';

export type InviteField = 'note' | 'days';
/** On success, `values.link` carries the new invite link, shown once. */
export type InviteState = FormState<InviteField | 'link'>;

const inviteSchema = z.object({
  note: z
    .string()
    .trim()
    .max(MAX_INVITE_NOTE, 'admin.noteTooLong')
    .refine((v) => !hasControlCharacters(v), 'admin.noteControl'),
  days: z.enum(['1', '7', '30'], { error: 'admin.chooseDays' }).transform(Number),
});

async function failed<F extends string>(error: unknown, where: string): Promise<FormState<F>> {
  return { status: 'error', message: (await formError(error, where)).message };
}

export async function createInviteAction(_prev: InviteState, form: FormData): Promise<InviteState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const parsed = inviteSchema.safeParse({ note: String(form.get('note') ?? ''), days: String(form.get('days') ?? '') });
  if (!parsed.success) {
    return { status: 'error', message: await translateError('request.fixFields'), fieldErrors: await fieldErrorsOf<InviteField>(parsed.error.issues) };
  }
  try {
    const { url } = await createInvite({ adminId: admin.id, note: parsed.data.note, days: parsed.data.days });
    revalidatePath('/teacher/admin');
    const t = await getTranslations('admin.invite');
    return { status: 'success', message: t('made'), values: { link: url } };
  } catch (error) {
    return failed(error, 'create-invite');
  }
}

export type SimpleAdminState = FormState<never>;

export async function revokeInviteAction(_prev: SimpleAdminState, form: FormData): Promise<SimpleAdminState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const inviteId = z.uuid().safeParse(form.get('inviteId'));
  if (!inviteId.success) return { status: 'error', message: await translateError('admin.inviteNotFound') };
  try {
    await revokeInvite({ adminId: admin.id, inviteId: inviteId.data });
  } catch (error) {
    return failed(error, 'revoke-invite');
  }
  revalidatePath('/teacher/admin');
  const t = await getTranslations('admin.invite');
  return { status: 'success', message: t('revoked') };
}

export async function setTeacherDisabledAction(_prev: SimpleAdminState, form: FormData): Promise<SimpleAdminState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const teacherId = z.string().min(1).max(100).safeParse(form.get('teacherId'));
  if (!teacherId.success) return { status: 'error', message: await translateError('admin.teacherNotFound') };
  const disabled = form.get('disabled') === '1';
  try {
    const t = await setTeacherDisabled({ adminId: admin.id, teacherId: teacherId.data, disabled });
    revalidatePath('/teacher/admin');
    const say = await getTranslations('admin.teacher');
    return { status: 'success', message: disabled ? say('disabled', { name: t.name }) : say('enabled', { name: t.name }) };
  } catch (error) {
    return failed(error, 'disable-teacher');
  }
}

export type DomainsState = FormState<'domains'>;

export async function setAllowedDomainsAction(_prev: DomainsState, form: FormData): Promise<DomainsState> {
  if (!isForm(form)) return NOT_A_FORM;
  await requireAdmin();
  const text = String(form.get('domains') ?? '').slice(0, 4000);
  const parsed = parseDomains(text);
  if (!parsed.ok) {
    const bad = await translateError(errorMessage('admin.notADomain', { domains: parsed.bad.join(', ') }));
    return { status: 'error', message: await translateError('admin.fixField'), fieldErrors: { domains: bad }, values: { domains: text } };
  }
  try {
    await setAllowedDomains(parsed.domains);
  } catch (error) {
    return failed(error, 'allowed-domains');
  }
  revalidatePath('/teacher/admin');
  const t = await getTranslations('admin.domains');
  return {
    status: 'success',
    message: parsed.domains.length ? t('saved', { domains: parsed.domains.join(', ') }) : t('inviteOnly'),
    values: { domains: parsed.domains.join(', ') },
  };
}
