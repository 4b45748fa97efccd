/**
 * Registry import, file side: reads CSV, XLSX and Skolverket school unit register v2 JSON into
 * checked organisers and units with Swedish problems. Owns no tables and no HTTP; the registry's
 * use case applies the result in one transaction.
 */
export { parseRegistryImport } from './parse.ts';
export { MAX_PROBLEMS } from './problems.ts';
export type { ImportFormat, ImportOrganiser, ImportUnit, ImportUnitSchoolForm, ParsedImport, ParseImportInput } from './types.ts';
