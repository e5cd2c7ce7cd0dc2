import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { normalizeJoinCode } from '@/lib/assignments/join-code';

export const metadata: Metadata = { title: 'Join a class quiz' };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const typed = typeof code === 'string' ? code : '';
  const normalized = typed ? normalizeJoinCode(typed) : null;
  if (normalized) redirect(`/join/${normalized}`);
  return (
    <>
      <h1>Join a class quiz</h1>
      <p>Type the 6-character code your teacher shows you. Letters and numbers only; capitals do not matter.</p>
      <form action="/join" method="get">
        <label htmlFor="code">
          <strong>Join code</strong>
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
          style={{ font: 'inherit', fontSize: '1.5rem', letterSpacing: '0.2em', width: '10em', padding: '0.4rem', textTransform: 'uppercase' }}
        />
        {typed ? (
          <p id="code-error" className="error">
            &quot;{typed.slice(0, 20)}&quot; is not a join code: a code has 6 letters and digits, like K7QM2P.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit">Continue</button>
        </div>
      </form>
    </>
  );
}
