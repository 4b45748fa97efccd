/**
 * Swedish organisation numbers (organisationsnummer): ten digits, written with or without a hyphen
 * after the sixth, the third digit at least 2 for legal persons, the tenth a Luhn check digit.
 */
export type OrgNumberProblem = 'format' | 'group' | 'check_digit';

export function normaliseOrgNumber(raw: string): string {
  return raw.trim().replace(/[\s-]/g, '').replace(/^16(?=\d{10}$)/, '');
}

export function luhnCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < firstNine.length; i++) {
    let d = Number(firstNine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function orgNumberProblem(raw: string): OrgNumberProblem | null {
  const value = normaliseOrgNumber(raw);
  if (!/^\d{10}$/.test(value)) return 'format';
  if (Number(value[2]) < 2) return 'group';
  if (luhnCheckDigit(value.slice(0, 9)) !== Number(value[9])) return 'check_digit';
  return null;
}

export const formatOrgNumber = (value: string): string => `${value.slice(0, 6)}-${value.slice(6)}`;
