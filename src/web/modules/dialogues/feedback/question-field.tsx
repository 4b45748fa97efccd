/** One statement of the feedback survey: the scale 1–5 and "vet ej", as a group of radio buttons. */
import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { FEEDBACK_SCALE_LABELS } from '../../../../shared/feedback-questions.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { feedbackText } from './dictionary.ts';

const DONT_KNOW = 'vet-ej';

/** The first choice of a statement: where the error summary moves focus to. */
export const questionControlId = (key: string) => `question-${key}-1`;

interface Props {
  questionKey: string;
  number: number;
  text: string;
  /** undefined: not answered yet; null: "vet ej". */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  missing: boolean;
}

export function QuestionField({ questionKey, number, text, value, onChange, missing }: Props) {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const errorId = `question-${questionKey}-error`;
  const choice = value === undefined ? '' : value === null ? DONT_KNOW : String(value);
  return (
    <Fieldset className="feedback-question" data-size="sm" aria-describedby={missing ? errorId : undefined}>
      <Fieldset.Legend>
        <span className="feedback-number">{number}.</span> {text}
      </Fieldset.Legend>
      <div className="feedback-scale">
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <Radio key={n} id={`question-${questionKey}-${n}`} name={`question-${questionKey}`} value={String(n)}
            label={`${n} – ${FEEDBACK_SCALE_LABELS[n][lang]}`} checked={choice === String(n)} onChange={() => onChange(n)} />
        ))}
        <Radio id={`question-${questionKey}-dk`} name={`question-${questionKey}`} value={DONT_KNOW} label={t.dontKnow}
          checked={choice === DONT_KNOW} onChange={() => onChange(null)} />
      </div>
      {missing ? <ValidationMessage id={errorId}>{t.answerMissing(number)}</ValidationMessage> : null}
    </Fieldset>
  );
}
