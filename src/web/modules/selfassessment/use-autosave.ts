/**
 * Saves one answer as the respondent works: a choice at once, a comment shortly after typing stops
 * (or when the field is left). Each save names the revision it started from. When another tab or
 * device saved first, the server refuses and sends its answer back; the respondent then chooses which
 * one to keep, so neither is lost. Saves of one answer never overlap: a change made while one is on
 * its way is sent right after it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../../shared/api/selfassessment.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';

export interface Draft {
  rating: number | null;
  dontKnow: boolean;
  comment: string;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'conflict'; current: Answer };

const COMMENT_DELAY_MS = 700;

export const draftOf = (answer: Answer | undefined): Draft =>
  answer ? { rating: answer.rating, dontKnow: answer.dontKnow, comment: answer.comment } : { rating: null, dontKnow: false, comment: '' };

export function useAutosave(token: string, statementKey: string, initial: Answer | undefined) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [state, setState] = useState<SaveState>(initial ? { kind: 'saved', at: initial.updatedAt } : { kind: 'idle' });
  const revision = useRef(initial?.revision ?? 0);
  const inFlight = useRef(false);
  const queued = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(draft);

  const send = useCallback(async (value: Draft): Promise<void> => {
    if (inFlight.current) {
      queued.current = value;
      return;
    }
    inFlight.current = true;
    setState({ kind: 'saving' });
    let conflicted = false;
    try {
      const saved = await api<Answer>(`/api/respond/answers/${encodeURIComponent(statementKey)}`, {
        method: 'PUT',
        headers: { 'x-link-token': token },
        body: { ...value, baseRevision: revision.current },
      });
      revision.current = saved.revision;
      setState({ kind: 'saved', at: saved.updatedAt });
    } catch (caught) {
      const error = asApiError(caught);
      const current = error.status === 409 ? (error.body as { current?: Answer } | undefined)?.current : undefined;
      if (current) {
        conflicted = true;
        queued.current = null;
        setState({ kind: 'conflict', current });
      } else {
        setState({ kind: 'failed', error });
      }
    } finally {
      inFlight.current = false;
    }
    const next = queued.current;
    if (next && !conflicted) {
      queued.current = null;
      await send(next);
    }
  }, [statementKey, token]);

  const change = useCallback((next: Draft, delayed: boolean) => {
    latest.current = next;
    setDraft(next);
    clearTimeout(timer.current);
    if (delayed) timer.current = setTimeout(() => void send(next), COMMENT_DELAY_MS);
    else void send(next);
  }, [send]);

  /** Sends a comment still waiting for its delay (the field was left). */
  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    void send(latest.current);
  }, [send]);

  const retry = useCallback(() => void send(latest.current), [send]);

  /** Keep this tab's answer: save it again on top of the one saved elsewhere. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return;
    revision.current = state.current.revision;
    void send(latest.current);
  }, [send, state]);

  /** Take the answer saved elsewhere. */
  const useSaved = useCallback(() => {
    if (state.kind !== 'conflict') return;
    revision.current = state.current.revision;
    const saved = draftOf(state.current);
    latest.current = saved;
    setDraft(saved);
    setState({ kind: 'saved', at: state.current.updatedAt });
  }, [state]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { draft, state, change, flush, retry, keepMine, useSaved };
}
