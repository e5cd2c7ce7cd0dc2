'use client';
// Picks the input for an item's type. Each input only edits a draft; checking happens on the server.
import type { ItemInputProps } from './items/item-props';
import type { PublicItem } from '@/lib/quiz/public';
import { Classify } from './items/classify';
import { Highlight } from './items/highlight';
import { Match } from './items/match';
import { MultipleChoice } from './items/multiple-choice';
import { Order } from './items/order';
import { Scope } from './items/scope';
import { SingleChoice } from './items/single-choice';
import { Written } from './items/written';

export function ItemInput(props: Omit<ItemInputProps<PublicItem['type']>, 'item'> & { item: PublicItem }) {
  const { item } = props;
  switch (item.type) {
    case 'single':
      return <SingleChoice {...props} item={item} />;
    case 'multiple':
      return <MultipleChoice {...props} item={item} />;
    case 'classify':
      return <Classify {...props} item={item} />;
    case 'highlight':
      return <Highlight {...props} item={item} />;
    case 'match':
      return <Match {...props} item={item} />;
    case 'order':
      return <Order {...props} item={item} />;
    case 'scope':
      return <Scope {...props} item={item} />;
    case 'written':
      return <Written {...props} item={item} />;
  }
}
