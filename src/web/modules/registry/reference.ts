/**
 * Counties, offices and municipalities for the filters. They change a few times a year at most, so
 * one request per visit is enough; every list using them shares it.
 */
import { useEffect, useState } from 'react';
import type { ReferenceData } from '../../../shared/api/registry.ts';
import { api } from '../../platform/api.ts';
import { compareSv } from '../../platform/format.ts';
import type { Option } from '../../platform/fields.tsx';

let cached: Promise<ReferenceData> | null = null;

function loadReference(): Promise<ReferenceData> {
  if (!cached) {
    cached = api<ReferenceData>('/api/reference').catch((error: unknown) => {
      cached = null; // a failed load is tried again by the next page that needs it
      throw error;
    });
  }
  return cached;
}

/** After a change of reference data: the next page that needs it loads it anew. */
export function forgetReference(): void {
  cached = null;
}

/** Undefined until loaded; the filters then show only their "all" choice. */
export function useReference(round = 0): ReferenceData | undefined {
  const [data, setData] = useState<ReferenceData>();
  useEffect(() => {
    let live = true;
    loadReference().then((loaded) => live && setData(loaded), () => {});
    return () => {
      live = false;
    };
  }, [round]);
  return data;
}

const byLabel = (a: Option<string>, b: Option<string>) => compareSv(a.label, b.label);

export function countyOptions(reference: ReferenceData | undefined): Option<string>[] {
  return (reference?.counties ?? []).map((c) => ({ value: c.code, label: c.name })).sort(byLabel);
}

export function municipalityOptions(reference: ReferenceData | undefined): Option<string>[] {
  return (reference?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name })).sort(byLabel);
}
