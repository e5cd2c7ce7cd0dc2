// What an error says, as a message key in the `errors` namespace (messages/<locale>/errors.json) and its values, so
// that it is worded once per language and translated at the edge, where the request's locale is known: a route
// handler's JSON reply, a server action's form state, the proxy's refusals (lib/errors.ts, lib/error-locale.ts).
// No 'server-only' and no runtime imports: pure lib code returns these, and client code may name the type.
import type errorsEn from '@/messages/en/errors.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of messages/en/errors.json: a key that is not there fails the typecheck. */
export type ErrorKey = Leaves<typeof errorsEn>;
/**
 * A key with its ICU values. `english` is for text that comes from outside the catalogue (a zod message of the
 * content schema, a question type's complaint): shown as it is to an English reader, and `key` (a general sentence)
 * to every other. A value may itself be a message ("Line {line}: {problem}"), translated first.
 */
export type KeyedMessage = { key: ErrorKey; values?: MessageValues; english?: string };
export type MessageValues = { [name: string]: string | number | KeyedMessage };

/** Words already in the reader's language, made where the locale was known (an editor refusal worded by the route
 *  with the teacher's translator): shown as they are. */
export type SaidMessage = { said: string };

/** A key, a key with values, words already translated, or several messages one after another (a roster's bad rows). */
export type ErrorMessage = ErrorKey | KeyedMessage | SaidMessage | { list: readonly ErrorMessage[] };

/** One message, no list: what a check returns for one thing. */
export type SingleMessage = ErrorKey | KeyedMessage;

export function keyed(message: SingleMessage): KeyedMessage {
  return typeof message === 'string' ? { key: message } : message;
}

export function errorMessage(key: ErrorKey, values?: MessageValues): KeyedMessage {
  return values ? { key, values } : { key };
}
