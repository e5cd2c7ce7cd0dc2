import Link from 'next/link';

export function NotFoundBody() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. The quiz or question may have been renamed or removed.</p>
      <p>
        <Link href="/">Go to the list of quizzes</Link>
      </p>
    </>
  );
}
