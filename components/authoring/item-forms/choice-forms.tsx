'use client';
// Single choice, select-all and two-part items: all built on the one options list.
import { ItemText, type FieldContext } from '../item-field';
import { OptionsList } from './options-list';

type Item = Record<string, unknown>;
const part = (x: unknown) => (x && typeof x === 'object' ? (x as Item) : {});

export function SingleForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  return <OptionsList ctx={ctx} base={[]} options={item.options} keyValue={item.key} credit legend="Options (choose the answer)" />;
}

export function MultipleForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  return <OptionsList ctx={ctx} base={[]} options={item.options} keyValue={item.key} several legend="Options (tick every right answer)" />;
}

export function TwoPartForm({ ctx, item }: { ctx: FieldContext; item: Item }) {
  const a = part(item.partA);
  const b = part(item.partB);
  return (
    <>
      <OptionsList ctx={ctx} base={['partA']} options={a.options} keyValue={a.key} legend="Part A: the answer (its question is the prompt)" />
      <ItemText ctx={ctx} path={['partB', 'prompt']} field="partB.prompt" label="Part B question (the evidence)" value={b.prompt} multiline />
      <OptionsList ctx={ctx} base={['partB']} options={b.options} keyValue={b.key} legend="Part B: the evidence or reason" />
    </>
  );
}
