'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

type Direction = 'up' | 'down';

// The stored order, if it is a full arrangement of this item's steps; otherwise null.
function savedOrder(order: unknown, ids: string[]): string[] | null {
  if (!Array.isArray(order) || order.length !== ids.length || new Set(order).size !== ids.length) return null;
  return order.every((id) => typeof id === 'string' && ids.includes(id)) ? (order as string[]) : null;
}

export function Order({ item, draft, setDraft, locked, labelId }: ItemInputProps<'order'>) {
  const t = useTranslations('items.player.order');
  const ids = item.steps.map((s) => s.id);
  const saved = savedOrder(draft?.order, ids);
  const order = saved ?? ids; // the public steps are already scrambled: that is the starting order
  const text = (id: string) => item.steps.find((s) => s.id === id)?.text ?? '';
  const [message, setMessage] = useState({ itemId: item.id, text: '' });
  const pending = useRef<{ id: string; to: number; dir: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const ruleId = `${item.id}-order-rule`;

  // "Check" needs a complete draft even if the student agrees with the starting order
  const missing = saved === null;
  useEffect(() => {
    if (missing && !locked) setDraft({ type: 'order', order: item.steps.map((s) => s.id) });
  }, [missing, locked, item, setDraft]);

  // after a move: focus the moved step's same button, or the other one if that became disabled
  useEffect(() => {
    const p = pending.current;
    if (!p || order[p.to] !== p.id) return;
    pending.current = null;
    const same = buttons.current.get(`${p.id}:${p.dir}`);
    const other = buttons.current.get(`${p.id}:${p.dir === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  });

  const move = (from: number, dir: Direction) => {
    const to = dir === 'up' ? from - 1 : from + 1;
    const id = order[from];
    if (locked || id === undefined || to < 0 || to >= order.length) return;
    const next = order.filter((s) => s !== id);
    next.splice(to, 0, id);
    pending.current = { id, to, dir };
    setDraft({ type: 'order', order: next });
    setMessage({ itemId: item.id, text: t('moved', { step: text(id), to: to + 1, count: order.length }) });
  };
  const button = (id: string, index: number, dir: Direction) => (
    <button
      type="button"
      className="secondary"
      ref={(el) => {
        if (el) buttons.current.set(`${id}:${dir}`, el);
        else buttons.current.delete(`${id}:${dir}`);
      }}
      aria-label={t(dir === 'up' ? 'upStep' : 'downStep', { step: text(id) })}
      disabled={dir === 'up' ? index === 0 : index === order.length - 1}
      onClick={() => move(index, dir)}
    >
      <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span> {t(dir === 'up' ? 'up' : 'down')}
    </button>
  );

  return (
    <div className="order">
      <p id={ruleId} className="muted small">
        {t('hint')} {t('rule')}
      </p>
      <ol className="order-list" aria-labelledby={labelId} aria-describedby={ruleId}>
        {order.map((id, i) => (
          <li key={id} className="order-row">
            <span className="order-pos">{i + 1}.</span>
            <span className="order-text" {...CONTENT_LANG}>
              {text(id)}
            </span>
            {locked ? null : (
              <span className="order-buttons">
                {button(id, i, 'up')}
                {button(id, i, 'down')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {message.itemId === item.id ? message.text : ''}
      </p>
    </div>
  );
}
