/**
 * The parts every file import page shares: the file field, the "check" and "import" buttons (import
 * only after a clean check of the same file), and the result: its problems by line and field, or
 * what the import changes.
 */
import { Alert, Button, Field, Heading, Label, Paragraph, Table } from '@digdir/designsystemet-react';
import { forwardRef, useId, type ReactNode } from 'react';
import { formatMegabytes } from '../../shared/format.ts';
import { LIMITS } from '../../shared/limits.ts';
import { DataTable } from './data-table.tsx';
import { formatNumber } from './format.ts';
import { useLang } from './i18n.tsx';

export interface ImportFormText {
  fileLabel: string;
  fileHelp: (size: string) => string;
  chooseFile: string;
  check: string;
  run: string;
  runHint: string;
}

interface FileFieldProps {
  text: ImportFormText;
  accept: string;
  missing: boolean;
  onFile: (file: File | null) => void;
}

export function ImportFileField({ text, accept, missing, onFile }: FileFieldProps) {
  const inputId = useId();
  return (
    <Field>
      <Label htmlFor={inputId}>{text.fileLabel}</Label>
      <Field.Description>{text.fileHelp(formatMegabytes(LIMITS.importBytesDefault))}</Field.Description>
      <input
        id={inputId}
        type="file"
        name="file"
        className="file-input"
        accept={accept}
        aria-invalid={missing || undefined}
        onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
      />
      {missing ? <p className="field-error" role="alert">{text.chooseFile}</p> : null}
    </Field>
  );
}

interface ActionsProps {
  text: ImportFormText;
  canRun: boolean;
  busy: 'check' | 'run' | null;
  onRun: () => void;
}

/** The check submits the form; the import stays announced but inert until a clean check of this file. */
export function ImportActions({ text, canRun, busy, onRun }: ActionsProps) {
  return (
    <>
      <div className="form-actions">
        <Button type="submit" variant={canRun ? 'secondary' : 'primary'} loading={busy === 'check'}>{text.check}</Button>
        <Button type="button" variant="primary" aria-disabled={!canRun || undefined} onClick={() => canRun && onRun()} aria-describedby="run-hint" loading={busy === 'run'}>
          {text.run}
        </Button>
      </div>
      <Paragraph data-size="sm" id="run-hint" className="muted">{text.runHint}</Paragraph>
    </>
  );
}

export interface ImportProblem {
  line: number | null;
  field: string | null;
  message: string;
}

interface ProblemTableProps {
  caption: string;
  columns: { line: string; field: string; problem: string };
  problems: readonly ImportProblem[];
}

export function ProblemTable({ caption, columns, problems }: ProblemTableProps) {
  const { lang } = useLang();
  return (
    <DataTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell className="numeric">{columns.line}</Table.HeaderCell>
          <Table.HeaderCell>{columns.field}</Table.HeaderCell>
          <Table.HeaderCell>{columns.problem}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {problems.map((problem, index) => (
          <Table.Row key={`${problem.line ?? 'file'}-${problem.field ?? ''}-${index}`}>
            <Table.Cell className="numeric">{problem.line === null ? '–' : formatNumber(problem.line, lang)}</Table.Cell>
            <Table.Cell>{problem.field ?? '–'}</Table.Cell>
            <Table.Cell>{problem.message}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

/** Whether an answer is an import result (problems and a summary) rather than an error. */
export function isImportResultShape<T extends { problems: readonly ImportProblem[]; summary: object }>(value: unknown): value is T {
  const candidate = value as Partial<T> | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.problems) && typeof candidate.summary === 'object';
}

export interface ImportResultText {
  resultHeading: string;
  format: string;
  problemsFound: (count: string) => string;
  problemsCaption: string;
  colLine: string;
  colField: string;
  colProblem: string;
}

interface ResultFrameProps {
  text: ImportResultText;
  formatLabel: string;
  failed: boolean;
  problems: readonly ImportProblem[];
  /** What a clean check or import shows: its message and what changes. */
  children: ReactNode;
}

/** The result of a check or an import; the heading takes focus when a result arrives, so that it is read first. */
export const ImportResultFrame = forwardRef<HTMLHeadingElement, ResultFrameProps>(function ImportResultFrame({ text, formatLabel, failed, problems, children }, ref) {
  const { lang } = useLang();
  return (
    <section aria-labelledby="result-heading" className="section">
      <Heading level={2} data-size="sm" id="result-heading" ref={ref} tabIndex={-1}>{text.resultHeading}</Heading>
      <Paragraph data-size="sm">{text.format}: {formatLabel}</Paragraph>
      {failed ? (
        <>
          <Alert data-color="danger"><Paragraph>{text.problemsFound(formatNumber(problems.length, lang))}</Paragraph></Alert>
          <ProblemTable caption={text.problemsCaption} columns={{ line: text.colLine, field: text.colField, problem: text.colProblem }} problems={problems} />
        </>
      ) : children}
    </section>
  );
});
