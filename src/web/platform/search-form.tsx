/** A search landmark with one labelled field; the search runs on submit, not on every keystroke. */
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { LIMITS } from '../../shared/limits.ts';

interface SearchFormProps {
  label: string;
  description: string;
  buttonLabel: string;
  value: string;
  onSearch: (q: string) => void;
}

export function SearchForm({ label, description, buttonLabel, value, onSearch }: SearchFormProps) {
  const [draft, setDraft] = useState(value);
  // Back and forward change the URL; the field follows it.
  useEffect(() => setDraft(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form role="search" aria-label={label} className="search-form" onSubmit={submit}>
      <Textfield
        label={label}
        description={description}
        type="search"
        value={draft}
        maxLength={LIMITS.searchMax}
        onChange={(event) => setDraft(event.currentTarget.value)}
        className="search-field"
      />
      <Button type="submit">{buttonLabel}</Button>
    </form>
  );
}
