import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { normalizeJoinCode } from '@/lib/assignments/join-code';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('join'))('title') };
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const typed = typeof code === 'string' ? code : '';
  const normalized = typed ? normalizeJoinCode(typed) : null;
  if (normalized) redirect(`/join/${normalized}`);
  const t = await getTranslations('join');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('codeHint')}</p>
      <form action="/join" method="get">
        <label htmlFor="code">
          <strong>{t('codeLabel')}</strong>
        </label>
        <br />
        <input
          id="code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          defaultValue={typed}
          aria-invalid={typed ? true : undefined}
          aria-describedby={typed ? 'code-error' : undefined}
          style={{
            font: 'inherit',
            fontSize: '1.5rem',
            letterSpacing: '0.2em',
            width: '10em',
            padding: '0.4rem',
            textTransform: 'uppercase',
          }}
        />
        {typed ? (
          <p id="code-error" className="error">
            {t('notACode', { typed: typed.slice(0, 20) })}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit">{t('continue')}</button>
        </div>
      </form>
    </>
  );
}
