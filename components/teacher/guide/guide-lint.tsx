// The item-quality check of this quiz (npm run content:lint): how far a student who never reads the article could
// get from the form of the options, the reading load, and whether every outside fact shows its source.
import type { LintReport } from '@/lib/content/lint-report';

export function GuideLint({ report }: { report: LintReport }) {
  return (
    <section aria-labelledby="quality">
      <h2 id="quality">Item-quality check</h2>
      <p>
        {report.problems.length === 0
          ? 'This quiz passes the content lint: no question can be answered from the form of its options alone.'
          : `The content lint finds ${report.problems.length} problem(s) in this quiz.`}{' '}
        Chance is what guessing scores; a test-wise student answers from surface cues (length, absolute words, hedges,
        quotation marks, numbers) without reading the article.
      </p>
      <table>
        <caption>Content lint measures</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Value</th>
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
      {report.problems.length > 0 ? (
        <ul>
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
