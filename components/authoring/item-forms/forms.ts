'use client';
// Each question type's own form, by item type: every type the shipped quizzes use has one (forms.test.ts).
import type { ComponentType } from 'react';
import type { FieldContext } from '../item-field';
import { MultipleForm, SingleForm, TwoPartForm } from './choice-forms';
import { ClassifyForm } from './classify';
import { HighlightForm } from './highlight';
import { MatchForm } from './match';
import { OrderForm } from './order';
import { ScopeForm } from './scope';
import { WrittenForm } from './written';

type Form = ComponentType<{ ctx: FieldContext; item: Record<string, unknown> }>;
export const FORMS: Record<string, Form> = {
  single: SingleForm,
  multiple: MultipleForm,
  'two-part': TwoPartForm,
  classify: ClassifyForm,
  highlight: HighlightForm,
  scope: ScopeForm,
  match: MatchForm,
  order: OrderForm,
  written: WrittenForm,
};
