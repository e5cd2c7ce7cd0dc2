// Words a 13-year-old needs to read the Paktika article and its quizzes, defined on screen where they appear
// (components/glossary). Plain data with no zod, so the browser can import it; content/glossary.test.ts checks it.
// A definition that states an outside fact carries the source from the research brief; a plain definition of a
// word or a method needs none.
import type { Source } from './schema';

export interface GlossaryTerm {
  id: string;
  term: string;
  // words that show the term in a text (case-insensitive whole words; "TTP" also matches "(TTP)")
  match: string[];
  definition: string;
  sources?: Source[];
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'khawarij',
    term: 'Khawarij',
    match: ['Khawarij'],
    definition:
      'A name Pakistan’s government uses for the TTP. In July 2024 its Interior Ministry ordered that the TTP be called “Fitna al-Khawarij” in official use. It is a label meant to make the group look illegitimate; a neutral report says “TTP”.',
    sources: [{ outlet: 'Express Tribune; Geo', date: 'July 2024' }],
  },
  {
    id: 'ttp',
    term: 'TTP (Tehreek-e-Taliban Pakistan, the “Pakistani Taliban”)',
    match: ['TTP', 'Tehreek-e-Taliban Pakistan'],
    definition:
      'A group of Pakistani militant groups formed in 2007 that fights the Pakistani state. It shares ideas with the Afghan Taliban but is a separate organisation with its own command. Pakistan says it struck the TTP.',
    sources: [{ outlet: 'Stanford University, Mapping Militant Organizations', note: 'Tehrik-i-Taliban Pakistan' }],
  },
  {
    id: 'afghan-taliban',
    term: 'The Afghan Taliban (the Taliban government)',
    match: ['Afghan Taliban', 'Taliban government'],
    definition:
      'The group that took Kabul on 15 August 2021 and has governed Afghanistan since. Zabihullah Mujahid is its chief spokesman. It is not the same as the TTP, though the two share ideas.',
    sources: [{ outlet: 'The Washington Post; Reuters', date: '15 August 2021' }],
  },
  {
    id: 'news-agency',
    term: 'News agency (AFP, dpa, AP)',
    match: ['AFP', 'dpa', 'AP', 'news agency', 'agency', 'agencies'],
    definition:
      'A news organisation that gathers reports and sells them to newspapers, TV and websites, so many outlets carry the same report. When an agency reports that someone said something, it vouches that it was said, not that it is true.',
  },
  {
    id: 'outlet',
    term: 'Outlet',
    match: ['outlet', 'outlets', 'WION'],
    definition: 'Any newspaper, TV channel, website or agency that publishes news. WION, for example, is an outlet that reported figures from Pakistani sources.',
    sources: [{ outlet: 'WION', date: 'December 2024' }],
  },
  {
    id: 'reverse-image-search',
    term: 'Reverse image search',
    match: ['reverse image search'],
    definition:
      'A search that starts from a picture instead of words: you upload the picture (or paste its link) and the search engine shows where else it appears online and when. Different engines find different copies, so use more than one.',
  },
  {
    id: 'metadata',
    term: 'Metadata',
    match: ['metadata'],
    definition: 'Information stored inside a photo file, such as a date or a camera name. Social media sites usually remove it, and it can be edited, so it is a clue, never proof.',
  },
  {
    id: 'unama',
    term: 'UNAMA',
    match: ['UNAMA', 'UN mission'],
    definition: 'The United Nations mission in Afghanistan. It is not a party to the conflict.',
    sources: [{ outlet: 'UNAMA statement, via Amu TV and KabulNow', date: 'December 2024' }],
  },
  {
    id: 'unicef',
    term: 'UNICEF',
    match: ['UNICEF'],
    definition: 'A United Nations agency. It is not a party to the conflict.',
    sources: [{ outlet: 'UNICEF, via AFP and KabulNow', date: 'December 2024' }],
  },
  {
    id: 'party',
    term: 'Party to the conflict',
    match: ['party to the conflict', 'a party', 'parties'],
    definition: 'A side in the fight: here Pakistan, the Afghan Taliban government and the TTP. Each has a stake in how the story is told.',
  },
  {
    id: 'militant',
    term: 'Militant',
    match: ['militant', 'militants'],
    definition: 'A member of an armed group that is not a country’s army. Who counts as a militant, and who as a civilian, is often what the sides disagree about.',
  },
  {
    id: 'civilian',
    term: 'Civilian',
    match: ['civilian', 'civilians'],
    definition: 'A person who is not a fighter. Attacks must not target civilians, so each side has reasons to describe the dead its own way.',
  },
  {
    id: 'alias',
    term: 'Alias',
    match: ['alias'],
    definition: 'Another name a person uses. “Sher Zaman alias Mukhlish Yar” means the same man is also called Mukhlish Yar.',
  },
  {
    id: 'sovereignty',
    term: 'Sovereignty',
    match: ['sovereignty'],
    definition: 'A country’s right to rule itself and its land without other countries interfering.',
  },
  {
    id: 'retaliation',
    term: 'Retaliation',
    match: ['retaliation', 'retaliate'],
    definition: 'Striking back after being attacked.',
  },
  {
    id: 'propaganda',
    term: 'Propaganda',
    match: ['propaganda'],
    definition: 'Information spread to push one side’s view, often by leaving things out or stirring feelings. Calling something propaganda is not evidence that it is false.',
  },
  {
    id: 'fact-checker',
    term: 'Fact-checker',
    match: ['fact-checker', 'fact-checkers', 'fact-check'],
    definition: 'A person or group whose job is to test claims against evidence and show how they did it, so readers can check the check.',
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// acronyms ("AP", "TTP") match in capitals only; other words in any case
const wordPattern = (words: string[], flags: string) =>
  words.length ? new RegExp(`(^|[^\\p{L}\\p{N}])(${words.map(escape).join('|')})(?=$|[^\\p{L}\\p{N}])`, flags) : null;
const patterns = new Map(
  GLOSSARY.map((t) => {
    const caps = t.match.filter((m) => m === m.toUpperCase());
    return [t.id, [wordPattern(caps, 'u'), wordPattern(t.match.filter((m) => !caps.includes(m)), 'iu')]] as const;
  }),
);

/** The glossary terms that appear in any of the texts, in glossary order. */
export function termsIn(texts: readonly string[]): GlossaryTerm[] {
  const all = texts.join('\n');
  return GLOSSARY.filter((t) => patterns.get(t.id)!.some((p) => p?.test(all)));
}
