/**
 * One value cube per database for the whole process: the analysis routes and the batch runner read
 * the same ≈ 400,000 values, which are loaded (seconds, on the main thread) and held once.
 */
import type { Database } from '../../platform/db/database.ts';
import { ValueCube } from './cube.ts';

const cubes = new WeakMap<Database, ValueCube>();

export function valueCubeFor(db: Database): ValueCube {
  let cube = cubes.get(db);
  if (!cube) {
    cube = new ValueCube(db);
    cubes.set(db, cube);
  }
  return cube;
}
