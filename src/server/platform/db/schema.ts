/** Every module's tables, gathered for Drizzle and drizzle-kit. */
export * from '../../modules/registry/schema.ts';
export * from '../../modules/access/schema.ts';
export * from '../../modules/audit/schema.ts';
export * from '../../modules/catalogue/schema.ts';
export * from '../../modules/analysis/schema.ts';
export * from '../../modules/selfassessment/schema.ts';
export * from '../../modules/messaging/schema.ts';
export * from '../../modules/dialogues/schema.ts';
export * from '../../modules/dialogues/observations/schema.ts';
export * from '../../modules/dialogues/feedback/schema.ts';
