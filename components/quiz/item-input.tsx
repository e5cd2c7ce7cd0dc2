'use client';
// Picks the input for an item's type (question-types/inputs.ts). Each input only edits a draft; checking happens on
// the server.
import type { ItemInputProps } from '@/question-types/client-define';
import { answerParts } from '@/question-types/inputs';
import type { ItemType, PublicItem } from '@/question-types/types';

export function ItemInput(props: Omit<ItemInputProps<ItemType>, 'item'> & { item: PublicItem }) {
  const { Input } = answerParts(props.item.type);
  return <Input {...props} />;
}
