/** Audit details as readable text. The log is append-only, so its details vary by event and by age. */

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value && Object.keys(value).length === 2;

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isChange(value)) return `${describeValue(value.from)} → ${describeValue(value.to)}`;
  return JSON.stringify(value);
}

/**
 * `{ name: 'A' }` → `name: A`; a change set `{ changes: { status: { from, to } } }` is unfolded to
 * `status: active → dormant`, the shape the registry writes for edits and imports.
 */
export function describeDetails(details: Record<string, unknown>): string {
  const entries = Object.entries(details).flatMap(([key, value]) =>
    key === 'changes' && typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>)
      : [[key, value] as const]);
  return entries.map(([key, value]) => `${key}: ${describeValue(value)}`).join('; ');
}
