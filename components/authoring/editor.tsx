'use client';
// The authoring editor: sentences with the assistant's suggestions and the teacher's choices, the parties, the
// drafted items in plain forms with their findings, and Publish. State lives here (one reducer); autosave and
// the live checks follow it (use-draft-sync.ts); anything needing the language library runs on the server.
import { useTranslations } from '#i18n/use-translations';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { AssistantView } from '@/lib/authoring/editor/hints';
import { editorReducer } from '@/lib/authoring/editor/reducer';
import type { DraftState, DraftStateItem } from '@/lib/authoring/editor/state';
import { call, type Finding } from './api';
import styles from './editor.module.css';
import { ItemEditor } from './item-editor';
import { MetaFields } from './meta-fields';
import { PartyList } from './party-list';
import { PublishPanel } from './publish-panel';
import { SaveStatus } from './save-status';
import { SentenceRow } from './sentence-row';
import { CONTENT } from './text-field';
import { useDraftSync } from './use-draft-sync';

const NONE: Finding[] = [];

interface Props {
  draftId: string;
  revision: number;
  initial: DraftState;
  assistant: AssistantView;
}

export function Editor({ draftId, revision, initial, assistant: initialAssistant }: Props) {
  const t = useTranslations('editor');
  const say = useTranslations('editor.status');
  const [state, dispatch] = useReducer(editorReducer, initial);
  const [assistant, setAssistant] = useState(initialAssistant);
  const [busy, setBusy] = useState(false);
  const [opMessage, setOpMessage] = useState('');
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const { view, saver, report, fresh, checkError } = useDraftSync(draftId, revision, state);

  const hints = useMemo(() => new Map(assistant.hints.map((h) => [h.id, h])), [assistant]);
  const byItem = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of report?.findings ?? []) if (f.itemId) map.set(f.itemId, [...(map.get(f.itemId) ?? []), f]);
    return map;
  }, [report]);
  const general = useMemo(() => (report?.findings ?? []).filter((f) => !f.itemId), [report]);

  const edit = useCallback(
    async (body: object) => {
      setBusy(true);
      setOpMessage('');
      const reply = await call<{ state: DraftState; assistant: AssistantView }>(
        `/teacher/drafts/${draftId}/edit`,
        'POST',
        {
          state: stateRef.current,
          edit: body,
        },
        say,
      );
      setBusy(false);
      if (!reply.ok) return setOpMessage(reply.message);
      dispatch({ type: 'replace', state: reply.data.state });
      setAssistant(reply.data.assistant);
      setOpMessage(say('sentencesUpdated'));
    },
    [draftId, say],
  );
  const onMerge = useCallback((id: string) => void edit({ op: 'merge', sentence: id }), [edit]);
  const onSplit = useCallback((id: string, offset: number) => void edit({ op: 'split', sentence: id, offset }), [edit]);

  async function draftItems() {
    if (stateRef.current.items.length > 0 && !window.confirm(say('confirmRedraft'))) return;
    setBusy(true);
    setOpMessage('');
    const reply = await call<{ items: DraftStateItem[] }>(`/teacher/drafts/${draftId}/items`, 'POST', { state: stateRef.current }, say);
    setBusy(false);
    if (!reply.ok) return setOpMessage(reply.message);
    dispatch({ type: 'replace', state: { ...stateRef.current, items: reply.data.items } });
    setOpMessage(say('itemsDrafted', { count: reply.data.items.length }));
  }

  async function publish(practiceConfirmed: boolean) {
    const saved = await saver.flush();
    if (saved.status !== 'saved') return { ok: false, message: saved.message ?? t('publish.notSaved') };
    const reply = await call<{ quizId: string; articleId: string; revision: number }>(
      `/teacher/drafts/${draftId}/publish`,
      'POST',
      {
        revision: saved.revision,
        practiceConfirmed,
      },
      say,
    );
    if (!reply.ok) return { ok: false, message: reply.findings ? t('publish.seeFindings', { message: reply.message }) : reply.message };
    saver.adopt(reply.data.revision);
    dispatch({
      type: 'replace',
      state: { ...stateRef.current, published: { quizId: reply.data.quizId, articleId: reply.data.articleId } },
    });
    return { ok: true, message: t('publish.done', { title: stateRef.current.quiz.title }) };
  }

  const failing = fresh ? fresh.findings.length : null;
  const blocked =
    view.status === 'conflict'
      ? t('publish.reloadFirst')
      : failing === null
        ? t('publish.checking')
        : failing > 0
          ? t('publish.failing', { count: failing })
          : '';
  const numbers = useMemo(() => new Map(state.sentences.map((s, i) => [s.id, i + 1])), [state.sentences]);

  return (
    <div className={teacher.stack}>
      <div className={styles.sticky}>
        <SaveStatus view={view} />
        <p role="status">{busy ? say('working') : opMessage}</p>
      </div>
      <MetaFields meta={state.meta} quiz={state.quiz} dispatch={dispatch} />

      <section aria-labelledby="sentences-h">
        <h2 id="sentences-h">{t('sentences.heading')}</h2>
        <p className={teacher.hint}>{t('sentences.hint')}</p>
        {state.blocks.map((block) =>
          block.kind === 'heading' ? (
            <h3 key={block.id} {...CONTENT}>
              {block.text}
            </h3>
          ) : (
            <div key={block.id}>
              {block.sentences.map((s, i) => {
                const choice = state.sentences.find((x) => x.id === s.id);
                if (!choice) return null;
                return (
                  <SentenceRow
                    key={s.id}
                    number={numbers.get(s.id) ?? 0}
                    text={s.text}
                    choice={choice}
                    hint={hints.get(s.id)}
                    parties={state.parties}
                    last={i === block.sentences.length - 1}
                    busy={busy}
                    dispatch={dispatch}
                    onMerge={onMerge}
                    onSplit={onSplit}
                  />
                );
              })}
            </div>
          ),
        )}
      </section>

      <PartyList parties={state.parties} dispatch={dispatch} />

      <section aria-labelledby="items-h">
        <h2 id="items-h">{t('items.heading')}</h2>
        <button type="button" className={teacher.button} disabled={busy} onClick={draftItems}>
          {state.items.length ? t('items.draftAgain') : t('items.draft')}
        </button>
        <div aria-live="polite">
          {report ? (
            <p>
              {t('items.coverage', { covered: report.coverage.covered, claims: report.coverage.claims, findings: report.findings.length })}
            </p>
          ) : null}
          {checkError ? <p className={teacher.error}>{checkError}</p> : null}
        </div>
        {general.length ? (
          <ul className={styles.findings} aria-label={t('items.wholeQuiz')}>
            {general.map((f, i) => (
              <li key={i}>
                {f.sentenceId ? <a href={`#sentence-${f.sentenceId}`}>{t('items.goToSentence')}</a> : null} {f.message}
              </li>
            ))}
          </ul>
        ) : null}
        {state.items.map((d, i) => (
          <ItemEditor
            key={`${String(d.item.id)}-${i}`}
            index={i}
            draft={d}
            findings={byItem.get(String(d.item.id)) ?? NONE}
            dispatch={dispatch}
          />
        ))}
      </section>

      <PublishPanel use={state.use} published={state.published} blocked={blocked} dispatch={dispatch} onPublish={publish} />
    </div>
  );
}
