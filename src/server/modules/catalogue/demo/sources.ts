/**
 * Data source names used by the demo catalogue. Kept in one place so that the analysis basis can
 * group indicators by where their values are imported from and so the names never drift apart.
 */
export const SOURCE_UFA = 'Skolverkets statistikdatabas, Underlag för analys inom det nationella kvalitetssystemet';
export const SOURCE_STATISTICS_DB = 'Skolverkets statistikdatabas';
export const SOURCE_KOLADA = 'Kolada';
export const SOURCE_SKOLENKATEN = 'Skolenkäten (Skolinspektionen)';
export const SOURCE_SCB = 'SCB';
