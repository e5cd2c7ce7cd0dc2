// Words the authoring logic produces for a teacher (the assistant's reasons, why a merge or a paste was refused) as
// message keys with their values, so the logic stays pure and testable without a request: the page or route that
// shows them translates with the reader's locale (messages/<locale>/authoring.json). Browser-safe: no imports.

export type MessageValues = Record<string, string | number>;
/** One message: a key of the `authoring` namespace and its ICU values. */
export interface Msg {
  key: string;
  values?: MessageValues;
}
/** A translator for the `authoring` namespace (getTranslations('authoring') on the server, translatorFor in tests). */
export type Translate = (key: string, values?: MessageValues) => string;

export const msg = (key: string, values?: MessageValues): Msg => (values ? { key, values } : { key });

/** Several messages read as one text (a reason and the notes that follow it). */
export const say = (t: Translate, parts: readonly Msg[]): string => parts.map((m) => t(m.key, m.values)).join(' ');
