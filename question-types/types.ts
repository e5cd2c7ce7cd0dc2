// The unions every generic module works with (items, public items, responses, feedback), derived from the server
// registry so a new type joins them by being registered. Types only: browser code may import this file.
import type { ItemBase } from '@/content/fields';
import type { ServerQuestionType } from './define';
import type { QUESTION_TYPES } from './server';
import type { FeedbackCommon } from './shared/feedback';
import type { PublicBase } from './shared/public';

type Registry = typeof QUESTION_TYPES;
export type ItemType = keyof Registry;

type AnyType = ServerQuestionType<any, any, any, any>;
type Params<T> = T extends ServerQuestionType<infer I extends ItemBase, infer R, infer P, infer F> ? { item: I; response: R; public: P; feedback: F } : never;
type Of<K extends ItemType> = Params<Registry[K]>;

export type ItemOf<K extends ItemType> = Of<K>['item'];
export type ResponseOf<K extends ItemType> = Of<K>['response'];
export type Item = { [K in ItemType]: ItemOf<K> }[ItemType];
export type Response = { [K in ItemType]: ResponseOf<K> }[ItemType];
export type PublicItemOf<K extends ItemType> = PublicBase & Of<K>['public'];
export type PublicItem = { [K in ItemType]: PublicItemOf<K> }[ItemType];
export type FeedbackOf<K extends ItemType> = FeedbackCommon & Of<K>['feedback'];
export type ItemFeedback = { [K in ItemType]: FeedbackOf<K> }[ItemType];

/** A registered type with its own types erased, for the dispatchers (which pass an item and a response of one type). */
export type ErasedType = AnyType;
