/**
 * Entry point of the registry import: bytes of an uploaded file in, checked organisers and units
 * out, with every problem found. Pure: the database step decides what to create or update.
 */
import { normaliseOrgNumber } from '../../../../shared/org-number.ts';
import { emptyOutput, type ReadContext, type ReadOutput } from './context.ts';
import { readCsv } from './csv.ts';
import { detectFormat } from './detect-format.ts';
import { megabytes, ProblemLog } from './problems.ts';
import { readRegisterV2 } from './register-v2.ts';
import type { ParsedImport, ParseImportInput } from './types.ts';
import { readXlsx } from './xlsx.ts';

export type { ImportFormat, ImportOrganiser, ImportUnit, ImportUnitSchoolForm, ParsedImport, ParseImportInput } from './types.ts';

export const sizeReason = (bytes: number, maxBytes: number): string =>
  `filen är ${megabytes(bytes, 'up')}; största tillåtna storlek är ${megabytes(maxBytes, 'down')}`;

export async function parseRegistryImport(input: ParseImportInput): Promise<ParsedImport> {
  const log = new ProblemLog();
  const format = detectFormat(input.bytes, input.filename);
  const out = emptyOutput();
  if (input.bytes.length > input.maxBytes) log.add(null, sizeReason(input.bytes.length, input.maxBytes));
  else if (input.bytes.length === 0) log.add(null, 'filen är tom');
  else {
    const ctx: ReadContext = {
      log,
      knownMunicipalityCodes: input.knownMunicipalityCodes,
      knownOrgNumbers: new Set([...input.knownOrgNumbers].map(normaliseOrgNumber)),
    };
    if (format === 'csv') readCsv(input.bytes, ctx, out);
    else if (format === 'xlsx') await readXlsx(input.bytes, input.maxBytes, ctx, out);
    else readRegisterV2(input.bytes, ctx, out);
    checkOrganiserReferences(out, ctx);
  }
  return {
    format,
    organisers: out.organisers,
    units: out.units.map((draft) => draft.unit),
    // A CSV file is one table, so line order is reading order; sheets and JSON paths keep the order found.
    problems: log.list(format === 'csv'),
  };
}

/**
 * A unit must belong to an organiser that exists after the import: one already in the registry or
 * a clean one in the file. A unit whose organiser is in the file but has problems of its own is left
 * out without a second problem, since the organiser's problem already explains it.
 */
function checkOrganiserReferences(out: ReadOutput, ctx: ReadContext): void {
  const clean = new Set(out.organisers.map((o) => o.orgNumber));
  out.units = out.units.filter(({ unit, orgPlace }) => {
    if (clean.has(unit.orgNumber) || ctx.knownOrgNumbers.has(unit.orgNumber)) return true;
    if (!out.fileOrgNumbers.has(unit.orgNumber)) {
      ctx.log.add(orgPlace, `huvudmannen ${unit.orgNumber} finns varken i filen eller i registret; lägg in huvudmannen först`);
    }
    return false;
  });
}
