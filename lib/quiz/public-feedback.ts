import 'server-only';
// Feedback names the parts of an item (which option is the key, which party said a claim, the right order): the
// browser matches those ids to the public item it was sent, so they go out as public ids too.
import type { ItemFeedback } from './feedback';
import type { PartIds } from './public-ids';

export function feedbackForBrowser(feedback: ItemFeedback, ids: PartIds): ItemFeedback {
  const out = ids.toPublic;
  switch (feedback.type) {
    case 'single':
    case 'multiple':
      return { ...feedback, options: feedback.options.map((o) => ({ ...o, id: out('option', o.id) })) };
    case 'highlight':
      return {
        ...feedback,
        targets: feedback.targets.map((t) => ({ ...t, id: out('target', t.id) })),
        decoys: feedback.decoys.map((d) => ({ ...d, id: out('decoy', d.id) })),
      };
    case 'match':
      return {
        ...feedback,
        claims: feedback.claims.map((c) => ({
          ...c,
          id: out('claim', c.id),
          party: out('party', c.party),
          chosen: c.chosen === null ? null : out('party', c.chosen),
        })),
      };
    case 'order':
      return {
        ...feedback,
        key: feedback.key.map((id) => out('step', id)),
        order: feedback.order.map((id) => out('step', id)),
        steps: feedback.steps.map((s) => ({ ...s, id: out('step', s.id) })),
      };
    case 'scope':
      return { ...feedback, statements: feedback.statements.map((s) => ({ ...s, id: out('statement', s.id) })) };
    case 'classify': // status words, the same for every item
    case 'written':
      return feedback;
  }
}
