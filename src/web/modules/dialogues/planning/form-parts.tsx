/** Small pieces the planning forms share: the server's message for a field, and a select that can show one. */
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { ApiError } from '../../../platform/api.ts';
import type { Option } from '../../../platform/fields.tsx';

export const asApiError = (caught: unknown): ApiError => (caught instanceof ApiError ? caught : new ApiError(0, 'unexpected_response', String(caught)));

/** Every message the server gave for a field, joined. */
export function fieldError(error: ApiError | undefined, field: string): string | undefined {
  const found = error?.details.filter((d) => d.path === field || d.field === field).map((d) => d.message) ?? [];
  return found.length > 0 ? found.join(' ') : undefined;
}

interface ChoiceProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option<string>[];
  /** The empty first choice ("Välj …"); without it a value must be chosen. */
  emptyLabel?: string;
  description?: ReactNode;
  error?: string | undefined;
}

/** A labelled select with an optional description and error message tied to it. */
export function Choice({ label, value, onChange, options, emptyLabel, description, error }: ChoiceProps) {
  const id = useId();
  return (
    <Field data-size="sm" className="select-field">
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select id={id} value={value} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.currentTarget.value)}>
        {emptyLabel !== undefined ? <Select.Option value="">{emptyLabel}</Select.Option> : null}
        {options.map((o) => <Select.Option key={o.value} value={o.value}>{o.label}</Select.Option>)}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
