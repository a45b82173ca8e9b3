// SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, used as the date inside every file written.
import { UsageError } from "../index.js";

export function sourceDateFromEnv(value: string | undefined): Date | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`);
  return new Date(Number(value) * 1000);
}

/** BREV_RENDER_THREADS: most render threads a large run uses (default one per core; 0 or 1 renders on the main thread). */
export function renderThreadsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`BREV_RENDER_THREADS must be a whole number, not "${value}"`);
  return Number(value);
}
