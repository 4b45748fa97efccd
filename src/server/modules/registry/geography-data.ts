/** Reads the repository's copy of the reference geography (never ../shared at run time). */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const file = (name: string) => readFileSync(new URL(`../../../../reference/${name}`, import.meta.url), 'utf8');

export interface ReferenceMunicipality {
  code: string;
  name: string;
  shortName: string;
  countyCode: string;
  lat: number;
  lon: number;
}

export function readCounties(): { code: string; name: string; shortName: string }[] {
  const rows = parse(file('counties.csv'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({ code: r.county_code!, name: r.county_name!, shortName: r.county_name_short! }));
}

export function readMunicipalities(): ReferenceMunicipality[] {
  const rows = parse(file('municipalities.csv'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const geo = JSON.parse(file('municipalities.geojson')) as { features: { properties: { id: string; geo_point_2d: [number, number] } }[] };
  const centroids = new Map(geo.features.map((f) => [f.properties.id, f.properties.geo_point_2d]));
  return rows.map((r) => {
    const point = centroids.get(r.municipality_code!);
    if (!point) throw new Error(`No centroid for municipality ${r.municipality_code}`);
    return { code: r.municipality_code!, name: r.municipality_name!, shortName: r.municipality_name_short!, countyCode: r.county_code!, lat: point[0], lon: point[1] };
  });
}
