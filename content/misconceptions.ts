// The misconception ids, in file order (content/vocabulary/misconceptions.json): for the schema, the authoring form
// and the teacher pages. Apart from content/words.ts, so a student page's code does not carry their words.
import misconceptions from './vocabulary/misconceptions.json';
import { keysOf, type Misconception } from './words';

export const MISCONCEPTIONS = keysOf<Misconception>(misconceptions);
