// The root error page says what happened and offers a way on, and shows nothing of the error itself.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import GlobalError from './global-error';

describe('global-error', () => {
  it('shows a heading, a retry button and a way home, never the message, digest or stack', () => {
    const error = Object.assign(new Error('relation "attempts" does not exist'), { digest: 'digest-4711' });
    const html = renderToStaticMarkup(<GlobalError error={error} reset={() => {}} />);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<h1>Something went wrong</h1>');
    expect(html).toMatch(/<button type="button">Try again<\/button>/);
    expect(html).toContain('href="/"');
    expect(html).not.toMatch(/attempts|digest-4711|at .*\.(ts|js)/);
  });
});
