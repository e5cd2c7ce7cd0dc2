// The item-quality check of this quiz (npm run content:lint): how far a student who never reads the article could
// get from the form of the options, the reading load, and whether every outside fact shows its source.
import { getTranslations } from 'next-intl/server';
import type { LintReport } from '@/lib/content/lint-report';
import { ScrollTable } from '../scroll-table';

export async function GuideLint({ report }: { report: LintReport }) {
  const t = await getTranslations('guide');
  return (
    <section aria-labelledby="quality">
      <h2 id="quality">{t('quality')}</h2>
      <p>
        {report.problems.length === 0 ? t('lintClean') : t('lintProblems', { n: report.problems.length })} {t('lintExplain')}
      </p>
      <ScrollTable label={t('lintCaption')} hint={false}>
        <table>
          <caption>{t('lintCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measure')}</th>
              <th scope="col">{t('value')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map(([measure, value]) => (
              <tr key={measure}>
                <th scope="row">{measure}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {report.problems.length > 0 ? (
        <ul lang="en">
          {report.problems.map((p, i) => (
            <li key={i}>
              {p.at}: {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
