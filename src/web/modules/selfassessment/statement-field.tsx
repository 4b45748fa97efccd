/** One statement of the form: the scale 1–5 or "vet ej", a comment, and what became of the save. */
import { Alert, Button, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { SCALE_LABELS, type Answer } from '../../../shared/api/selfassessment.ts';
import { formatDateTime } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { useErrorMessage } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';
import { useAutosave } from './use-autosave.ts';

interface StatementFieldProps {
  token: string;
  statement: { key: string; text: string };
  number: number;
  initial: Answer | undefined;
  onAnswered: (key: string, answered: boolean) => void;
}

const DONT_KNOW = 'vet-ej';

export function StatementField({ token, statement, number, initial, onAnswered }: StatementFieldProps) {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const errorMessage = useErrorMessage();
  const { draft, state, change, flush, retry, keepMine, useSaved } = useAutosave(token, statement.key, initial);
  const answered = draft.dontKnow || draft.rating !== null;
  useEffect(() => onAnswered(statement.key, answered), [answered, onAnswered, statement.key]);

  const choice = draft.dontKnow ? DONT_KNOW : draft.rating === null ? '' : String(draft.rating);
  const choose = (value: string) =>
    change(value === DONT_KNOW ? { ...draft, rating: null, dontKnow: true } : { ...draft, rating: Number(value), dontKnow: false }, false);
  const ratingText = (a: Answer) => (a.dontKnow ? t.dontKnow : a.rating !== null ? `${a.rating} – ${SCALE_LABELS[a.rating]![lang]}` : t.mineNone);
  const statusId = `status-${statement.key}`;

  return (
    <Fieldset className="statement" aria-describedby={statusId} data-size="sm">
      <Fieldset.Legend>
        <span className="statement-number">{number}.</span> {statement.text}
      </Fieldset.Legend>
      <div className="scale">
        {[1, 2, 3, 4, 5].map((n) => (
          <Radio key={n} name={statement.key} value={String(n)} label={`${n} – ${SCALE_LABELS[n]![lang]}`}
            checked={choice === String(n)} onChange={() => choose(String(n))} />
        ))}
        <Radio name={statement.key} value={DONT_KNOW} label={t.dontKnow} checked={choice === DONT_KNOW} onChange={() => choose(DONT_KNOW)} />
      </div>
      <Textfield multiline rows={2} label={t.commentLabel} value={draft.comment} maxLength={2000}
        onChange={(event) => change({ ...draft, comment: event.currentTarget.value }, true)} onBlur={flush} />
      <div id={statusId} className="save-state">
        {state.kind === 'saving' ? <Paragraph data-size="xs">{t.saving}</Paragraph> : null}
        {state.kind === 'saved' ? <Paragraph data-size="xs">{t.saved(formatDateTime(state.at, lang))}</Paragraph> : null}
        {state.kind === 'failed' ? (
          <Alert data-color="danger" data-size="sm" role="alert">
            <Paragraph data-size="sm">{errorMessage(state.error) || t.saveFailed}</Paragraph>
            <Button variant="secondary" data-size="sm" onClick={retry}>{t.retry}</Button>
          </Alert>
        ) : null}
        {state.kind === 'conflict' ? (
          <Alert data-color="warning" data-size="sm" role="alert">
            <Paragraph data-size="sm"><strong>{t.conflictHeading}.</strong> {t.conflictText(ratingText(state.current), state.current.comment)}</Paragraph>
            <div className="button-row">
              <Button variant="primary" data-size="sm" onClick={keepMine}>{t.keepMine}</Button>
              <Button variant="secondary" data-size="sm" onClick={useSaved}>{t.useSaved}</Button>
            </div>
          </Alert>
        ) : null}
      </div>
    </Fieldset>
  );
}
