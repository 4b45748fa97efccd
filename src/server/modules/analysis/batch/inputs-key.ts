/**
 * The key of a document's inputs: the SHA-256 of the analysis basis as canonical JSON (RFC 8785), with
 * the format and its renderer's version. The basis holds everything a document shows — organiser,
 * catalogue version, data vintage, every value — so equal keys mean the same document, and a document
 * is never built twice. Raise a renderer's version when its output changes, so that it is built anew.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AnalysisBasis } from '../../../../shared/api/analysis.ts';
import type { SnapshotFormat } from '../schema.ts';

export const RENDERER_VERSION: Record<SnapshotFormat, number> = { xlsx: 1, pdf: 1 };

export function inputsKeys(basis: AnalysisBasis): Record<SnapshotFormat, string> {
  const body = canonicalize(basis) ?? '';
  const key = (format: SnapshotFormat) => createHash('sha256').update(`${format}/${RENDERER_VERSION[format]}\n`).update(body).digest('hex');
  return { xlsx: key('xlsx'), pdf: key('pdf') };
}
