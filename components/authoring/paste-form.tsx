'use client';
// "New quiz from an article": the pasted text (plain or HTML) with headline, outlet, date and link. The server
// splits it and creates the draft; a refusal (e.g. over 20,000 characters) comes back as a message per field.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import { call } from './api';
import { TextField } from './text-field';

type Field = 'text' | 'title' | 'outlet' | 'published' | 'link';
const ORDER: Field[] = ['title', 'outlet', 'published', 'link', 'text'];

export function PasteForm({ maxChars }: { maxChars: number }) {
  const router = useRouter();
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
    const reply = await call<{ url: string }>('/teacher/drafts', 'POST', values);
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
      <h2 id="paste-heading">The article</h2>
      <TextField name="title" label="Headline" value={values.title} onChange={set('title')} error={errors.title} maxLength={300} required />
      <TextField
        name="outlet"
        label="Outlet"
        hint="The newspaper, site or agency that published it."
        value={values.outlet}
        onChange={set('outlet')}
        error={errors.outlet}
        maxLength={200}
        required
      />
      <TextField
        name="published"
        label="Date (optional)"
        hint="As the outlet prints it, for example 25 December 2024."
        value={values.published}
        onChange={set('published')}
        error={errors.published}
        maxLength={100}
      />
      <TextField name="link" label="Link (optional)" value={values.link} onChange={set('link')} error={errors.link} maxLength={2000} />
      <TextField
        name="text"
        label="Article text"
        hint={`Paste the text, plain or HTML (turned into text; nothing in it runs). At most ${maxChars.toLocaleString('en')} characters of text. Now: ${values.text.length.toLocaleString('en')}.`}
        value={values.text}
        onChange={set('text')}
        error={errors.text}
        multiline
        rows={12}
        required
      />
      <button type="submit" className={teacher.button} disabled={busy} aria-disabled={busy}>
        {busy ? 'Reading the article…' : 'Read the article'}
      </button>
      <p role="alert" className={teacher.alert}>
        {message}
      </p>
    </form>
  );
}
