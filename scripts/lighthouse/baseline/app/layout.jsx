export const metadata = { title: 'Baseline', description: 'A bare Next.js page for side-by-side Lighthouse runs.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', lineHeight: 1.5 }}>{children}</body>
    </html>
  );
}
