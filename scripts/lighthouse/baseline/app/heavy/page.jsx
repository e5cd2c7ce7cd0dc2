import { Heavy } from './heavy';

// The control: the baseline plus about 100 KiB of client JavaScript that works on the main thread as it hydrates.
// The budget checker must fail this page (transfer and TBT): if it ever passes, the budgets check nothing.
export default function Page() {
  return (
    <main>
      <h1>Heavier page</h1>
      <p>The baseline page with about 100 KiB more client JavaScript.</p>
      <Heavy />
    </main>
  );
}
