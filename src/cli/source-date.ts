// SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, used as the date inside every file written.
import { UsageError } from "../index.js";

export function sourceDateFromEnv(value: string | undefined): Date | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`);
  return new Date(Number(value) * 1000);
}
