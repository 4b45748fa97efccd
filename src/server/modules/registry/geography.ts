/** Office areas: by default every municipality belongs to the office nearest by great-circle distance. */
export interface Point {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function greatCircleKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function nearestOffice<T extends Point & { code: string }>(point: Point, offices: readonly T[]): T {
  let best = offices[0];
  if (!best) throw new Error('no offices');
  let bestKm = greatCircleKm(point, best);
  for (const office of offices.slice(1)) {
    const km = greatCircleKm(point, office);
    if (km < bestKm) {
      best = office;
      bestKm = km;
    }
  }
  return best;
}
