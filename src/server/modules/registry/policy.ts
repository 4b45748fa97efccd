/** The registry's role lists live in src/shared so that the web client offers exactly what the routes allow. */
export {
  EDIT_CONTACTS, EDIT_ORGANISERS, EDIT_REFERENCE, IMPORT_REGISTRY, READ_CONTACTS, READ_ORGANISERS, READ_STATS,
} from '../../../shared/policy/registry.ts';
