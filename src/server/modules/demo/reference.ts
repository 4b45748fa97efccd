/**
 * The 290 real municipalities with county and centroid, as input to the demo generator. The registry
 * module already reads the repository's reference files (resolved from its own module URL, so any
 * working directory works); the demo reuses that reader rather than parsing the files a second time.
 */
import { readMunicipalities } from '../registry/geography-data.ts';
import type { DemoMunicipality } from './types.ts';

export function loadReferenceMunicipalities(): DemoMunicipality[] {
  return readMunicipalities().map((m) => ({ ...m }));
}
