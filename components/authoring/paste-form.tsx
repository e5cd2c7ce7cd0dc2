'use client';
// "New quiz from an article": the pasted text (plain or HTML) with headline, outlet, date and link. The server
// splits it and creates the draft; a refusal (e.g. over 20,000 characters) comes back as a message per field.
import { useRouter } from 'next/navigation';
import { useTranslations } from '#i18n/use-translations';
import { useRef, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import { call } from './api';
import { TextField } from './text-field';

type Field = 'text' | 'title' | 'outlet' | 'published' | 'link';
const ORDER: Field[] = ['title', 'outlet', 'published', 'link', 'text'];

export function PasteForm({ maxChars }: { maxChars: number }) {
  const router = useRouter();
  const t = useTranslations('editor.paste');
  const say = useTranslations('editor.status');
  const [values, setValues] = useState<Record<Field, string>>({ text: '', title: '', outlet: '', published: '', link: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage('');
    const reply = await call<{ url: string }>('/teacher/drafts', 'POST', values, say);
    if (reply.ok) {
      router.push(reply.data.url);
      return;
    }
    setBusy(false);
    const fields = (reply.fields ?? {}) as Partial<Record<Field, string>>;
    setErrors(fields);
    setMessage(reply.message);
    const first = ORDER.find((f) => fields[f]);
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="paste-heading">
      <h2 id="paste-heading">{t('heading')}</h2>
      <TextField
        name="title"
        content
        label={t('headline')}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={300}
        required
      />
      <TextField
        name="outlet"
        content
        label={t('outlet')}
        hint={t('outletHint')}
        value={values.outlet}
        onChange={set('outlet')}
        error={errors.outlet}
        maxLength={200}
        required
      />
      <TextField
        name="published"
        content
        label={t('date')}
        hint={t('dateHint')}
        value={values.published}
        onChange={set('published')}
        error={errors.published}
        maxLength={100}
      />
      <TextField name="link" content label={t('link')} value={values.link} onChange={set('link')} error={errors.link} maxLength={2000} />
      <TextField
        name="text"
        content
        label={t('text')}
        hint={t('textHint', { max: maxChars, now: values.text.length })}
        value={values.text}
        onChange={set('text')}
        error={errors.text}
        multiline
        rows={12}
        required
      />
      <button type="submit" className={teacher.button} disabled={busy} aria-disabled={busy}>
        {busy ? t('busy') : t('submit')}
      </button>
      <p role="alert" className={teacher.alert}>
        {message}
      </p>
    </form>
  );
}
