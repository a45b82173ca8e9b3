// SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, used as the date inside every file written.
import { say } from "../i18n/catalogue.js";
import { UsageError } from "../index.js";

/** 1980-01-01T00:00:00Z and 2107-12-31T23:59:59Z, in seconds since 1970. */
const FIRST_SECOND = 315_532_800;
const LAST_SECOND = 4_354_819_199;

export function sourceDateFromEnv(value: string | undefined): Date | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(say.cli.sourceDateNotNumber({ value }));
  const seconds = Number(value);
  // The dates a letter's files can carry (shared/calendar-date.ts): a DOCX is a zip, and zip dates run 1980 to 2107.
  if (seconds < FIRST_SECOND || seconds > LAST_SECOND)
    throw new UsageError(say.cli.sourceDateOutside({ value: value.length > 20 ? `${value.slice(0, 20)}…` : value, first: FIRST_SECOND, last: LAST_SECOND }));
  return new Date(seconds * 1000);
}

/** BREV_RENDER_THREADS: most render threads a large run uses (default one per core; 0 or 1 renders on the main thread). */
export function renderThreadsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(say.cli.renderThreadsNotNumber({ value }));
  return Number(value);
}
