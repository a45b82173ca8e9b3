// An organisation number (Enhetsregisteret, Brønnøysundregistrene): nine digits, written with spaces or without
// ("974 760 673", "974760673"), the last a MOD11 check digit over the first eight (weights 3 2 7 6 5 4 3 2).
import { type Said, say } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
/** Digits, and spaces (also no-break ones) between them. */
const WRITTEN = /^\d[\d \u00a0\u202f]*$/;

/** The number's digits, without spaces ("974 760 673" -> "974760673"). */
export function orgNrDigits(written: string): string {
  return written.replace(/\D/g, "");
}

/**
 * The check digit the first eight digits call for, or undefined when no number starts with them (the remainder is 1,
 * which would need a check digit of 10).
 */
export function orgNrCheckDigit(firstEight: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (WEIGHTS[i] ?? 0) * Number(firstEight[i]);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return undefined;
  return 11 - remainder;
}

/** What is wrong with an organisation number as the registry writes it, in a clerk's words; undefined when valid. */
export function orgNrProblem(written: string): Said | undefined {
  const input = clip(written);
  if (!WRITTEN.test(written)) return say.registry.orgNrNotDigits({ input });
  const digits = orgNrDigits(written);
  if (digits.length !== 9) return say.registry.orgNrLength({ input, digits: digits.length });
  const expected = orgNrCheckDigit(digits.slice(0, 8));
  if (expected === undefined) return say.registry.orgNrNoCheckDigit({ input });
  if (expected !== Number(digits[8])) return say.registry.orgNrCheckDigit({ input, expected });
  return undefined;
}
