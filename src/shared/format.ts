/** Swedish number formatting shared by server messages and the web client. */
const mb = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export const formatMegabytes = (bytes: number): string => `${mb.format(bytes / (1024 * 1024))} MB`;
