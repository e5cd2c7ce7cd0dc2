import { Counter } from './counter';

// The baseline: a heading, a paragraph and one client component. What every App Router page pays at least.
export default function Page() {
  return (
    <main>
      <h1>Baseline page</h1>
      <p>A bare Next.js App Router page with one client button, measured beside the app in the same run.</p>
      <Counter />
    </main>
  );
}
