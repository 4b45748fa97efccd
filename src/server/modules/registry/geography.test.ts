import { describe, expect, it } from 'vitest';
import { OFFICES } from '../../../shared/offices.ts';
import { demoGeography } from '../demo/geography.ts';
import { greatCircleKm, nearestOffice } from './geography.ts';
import { readCounties, readMunicipalities } from './geography-data.ts';

describe('geography', () => {
  it('reads the 290 municipalities and 21 counties with centroids', () => {
    const municipalities = readMunicipalities();
    expect(municipalities).toHaveLength(290);
    expect(readCounties()).toHaveLength(21);
    for (const m of municipalities) {
      expect(m.lat).toBeGreaterThan(55);
      expect(m.lat).toBeLessThan(69.1);
      expect(m.lon).toBeGreaterThan(10.9);
      expect(m.lon).toBeLessThan(24.2);
    }
  });

  it('measures great-circle distances', () => {
    const stockholm = { lat: 59.3293, lon: 18.0686 };
    const goteborg = { lat: 57.7089, lon: 11.9746 };
    expect(greatCircleKm(stockholm, goteborg)).toBeGreaterThan(390);
    expect(greatCircleKm(stockholm, goteborg)).toBeLessThan(400);
    expect(greatCircleKm(stockholm, stockholm)).toBe(0);
  });

  it('puts every municipality in the nearest office area, and each office in its own', () => {
    const geo = demoGeography();
    expect(geo.offices).toHaveLength(OFFICES.length);
    const byCode = new Map(geo.municipalities.map((m) => [m.code, m]));
    for (const office of OFFICES) expect(byCode.get(office.municipalityCode)?.officeCode).toBe(office.code);
    expect(byCode.get('2584')?.officeCode).toBe('lulea'); // Kiruna
    expect(byCode.get('1283')?.officeCode).toBe('malmo'); // Helsingborg
    expect(byCode.get('0180')?.officeCode).toBe('solna'); // Stockholm
    for (const m of geo.municipalities) {
      expect(m.officeCode).toBe(nearestOffice(m, geo.offices).code);
      expect(m.municipalityGroupSource).toBe('stand-in');
    }
    const areas = new Set(geo.municipalities.map((m) => m.officeCode));
    expect(areas.size).toBe(6);
  });
});
