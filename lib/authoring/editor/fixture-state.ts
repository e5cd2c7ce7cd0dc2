// For tests: the editor's first state for the harbour fixture article (lib/authoring/fixtures/harbour-flood.txt).
import fs from 'node:fs';
import path from 'node:path';
import { englishT } from '@/lib/authoring/test-t';
import { newDraftState } from './assistant';
import type { DraftState } from './state';

const text = fs.readFileSync(path.join(process.cwd(), 'lib/authoring/fixtures/harbour-flood.txt'), 'utf8');

export function harbourState(): DraftState {
  const made = newDraftState(
    { text, title: 'Flood at Port Vella', outlet: 'Test Gazette', published: '', link: '' },
    englishT('authoring'),
  );
  if (!made.ok) throw new Error(made.message);
  return made.state;
}
