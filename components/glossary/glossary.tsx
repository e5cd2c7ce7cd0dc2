// "Words to know" for any texts on a server-rendered screen: each glossary term found in them.
import { termsIn } from '@/content/glossary';
import { GlossaryList } from './glossary-list';

export function Glossary({ texts, id }: { texts: readonly string[]; id: string }) {
  return <GlossaryList terms={termsIn(texts)} id={id} />;
}
