'use client';
// Picks the input for an item's type (question-types/client.ts). Each input only edits a draft; checking happens on
// the server.
import type { ItemInputProps } from '@/question-types/client-define';
import { clientType } from '@/question-types/client';
import type { ItemType, PublicItem } from '@/question-types/types';

export function ItemInput(props: Omit<ItemInputProps<ItemType>, 'item'> & { item: PublicItem }) {
  const { Input } = clientType(props.item.type);
  return <Input {...props} />;
}
