/** Validation limits used by both the API schemas and the forms. */
export const LIMITS = {
  nameMax: 200,
  searchMax: 100,
  pageSizeMax: 200,
  pageSizeDefault: 25,
  importBytesDefault: 10 * 1024 * 1024,
  smallGroupDefault: 5,
} as const;
