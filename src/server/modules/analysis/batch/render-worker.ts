/**
 * Runs in a worker thread of the render pool: turns one analysis basis into the documents asked for.
 * A format that fails is answered with its error instead of failing the other one.
 */
import type { AnalysisBasis } from '../../../../shared/api/analysis.ts';
import { analysisBasisPdf } from '../export-pdf.ts';
import { analysisBasisXlsx } from '../export-xlsx.ts';
import type { SnapshotFormat } from '../schema.ts';

export interface RenderTask {
  basis: AnalysisBasis;
  formats: SnapshotFormat[];
}

export type Rendered = { format: SnapshotFormat; content: Uint8Array } | { format: SnapshotFormat; error: string };

const RENDERERS: Record<SnapshotFormat, (basis: AnalysisBasis) => Promise<Buffer>> = {
  xlsx: analysisBasisXlsx,
  pdf: (basis) => analysisBasisPdf(basis),
};

export async function renderDocuments({ basis, formats }: RenderTask): Promise<Rendered[]> {
  const results: Rendered[] = [];
  for (const format of formats) {
    try {
      results.push({ format, content: await RENDERERS[format](basis) });
    } catch (error) {
      results.push({ format, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  }
  return results;
}

export default renderDocuments;
