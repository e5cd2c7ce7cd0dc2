'use server';
// The admin's actions: invite a teacher, revoke an invite, disable or enable a teacher, allowed email domains.
// Each checks the admin itself (requireAdmin), and the data layer checks again.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { parseDomains, setAllowedDomains } from '@/lib/auth/email-domains';
import { createInvite, MAX_INVITE_NOTE, revokeInvite } from '@/lib/auth/invites';
import { requireAdmin } from '@/lib/auth/session';
import { setTeacherDisabled } from '@/lib/auth/teacher-accounts';
import { isAppError, toPublicError } from '@/lib/errors';
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
    .max(MAX_INVITE_NOTE, `Keep the note to ${MAX_INVITE_NOTE} characters or fewer.`)
    .refine((v) => !hasControlCharacters(v), 'Remove the invisible control characters from the note.'),
  days: z.enum(['1', '7', '30'], { error: 'Choose how long the link works.' }).transform(Number),
});

function failed<F extends string>(error: unknown, where: string): FormState<F> {
  if (isAppError(error)) return { status: 'error', message: error.message };
  return { status: 'error', message: toPublicError(error, where).body.message };
}

export async function createInviteAction(_prev: InviteState, form: FormData): Promise<InviteState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const parsed = inviteSchema.safeParse({ note: String(form.get('note') ?? ''), days: String(form.get('days') ?? '') });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<InviteField, string>> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as InviteField] ??= issue.message;
    return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors };
  }
  try {
    const { url } = await createInvite({ adminId: admin.id, note: parsed.data.note, days: parsed.data.days });
    revalidatePath('/teacher/admin');
    return { status: 'success', message: 'Invite link made. Send it to the teacher: it works once.', values: { link: url } };
  } catch (error) {
    return failed(error, 'create-invite');
  }
}

export type SimpleAdminState = FormState<never>;

export async function revokeInviteAction(_prev: SimpleAdminState, form: FormData): Promise<SimpleAdminState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const inviteId = z.uuid().safeParse(form.get('inviteId'));
  if (!inviteId.success) return { status: 'error', message: 'That invite was not found.' };
  try {
    await revokeInvite({ adminId: admin.id, inviteId: inviteId.data });
  } catch (error) {
    return failed(error, 'revoke-invite');
  }
  revalidatePath('/teacher/admin');
  return { status: 'success', message: 'Invite revoked: the link no longer works.' };
}

export async function setTeacherDisabledAction(_prev: SimpleAdminState, form: FormData): Promise<SimpleAdminState> {
  if (!isForm(form)) return NOT_A_FORM;
  const admin = await requireAdmin();
  const teacherId = z.string().min(1).max(100).safeParse(form.get('teacherId'));
  if (!teacherId.success) return { status: 'error', message: 'That teacher was not found.' };
  const disabled = form.get('disabled') === '1';
  try {
    const t = await setTeacherDisabled({ adminId: admin.id, teacherId: teacherId.data, disabled });
    revalidatePath('/teacher/admin');
    return { status: 'success', message: disabled ? `${t.name} is disabled and signed out everywhere.` : `${t.name} can sign in again.` };
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
    return { status: 'error', message: 'Please fix the highlighted field.', fieldErrors: { domains: `Not a domain: ${parsed.bad.join(', ')}` }, values: { domains: text } };
  }
  try {
    await setAllowedDomains(parsed.domains);
  } catch (error) {
    return failed(error, 'allowed-domains');
  }
  revalidatePath('/teacher/admin');
  return {
    status: 'success',
    message: parsed.domains.length ? `Anyone with an address at ${parsed.domains.join(', ')} can now create a teacher account.` : 'Only invite links create teacher accounts now.',
    values: { domains: parsed.domains.join(', ') },
  };
}
