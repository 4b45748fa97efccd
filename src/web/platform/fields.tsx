/** Form controls built from Designsystemet parts, each with a visible label tied to its control. */
import { Checkbox, Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

export function CheckboxGroup<T extends string>({ legend, options, selected, onChange }: CheckboxGroupProps<T>) {
  const toggle = (value: T, checked: boolean) => {
    // Keep the options' own order so that the URL does not depend on the order of clicks.
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <Fieldset className="checkbox-group" data-size="sm">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          value={option.value}
          checked={selected.includes(option.value)}
          onChange={(event) => toggle(option.value, event.currentTarget.checked)}
        />
      ))}
    </Fieldset>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option<string>[];
  /** The label of the empty choice ("Alla län"); without it a value must be chosen. */
  emptyLabel?: string;
  description?: ReactNode;
  size?: 'sm' | 'md';
  /** The message about the chosen value (from the server or the form), shown under the select. */
  error?: string | undefined;
}

export function SelectField({ label, value, onChange, options, emptyLabel, description, size = 'sm', error }: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  // A value from the URL that the options do not (yet) hold stays visible rather than silently lost.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <Field data-size={size} className="select-field">
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <Select id={id} value={value} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.currentTarget.value)}>
        {emptyLabel !== undefined ? <Select.Option value="">{emptyLabel}</Select.Option> : null}
        {shown.map((option) => (
          <Select.Option key={option.value} value={option.value}>{option.label}</Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
