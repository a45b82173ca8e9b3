// Calendar dates as the registry writes them (YYYY-MM-DD), checked against the real calendar.

import { t } from "../i18n/catalogue.js";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2020-10-30"; returns a reason string when it is not a real date. */
export function parseCalendarDate(text: string): CalendarDate | string {
  const m = ISO_DATE.exec(text);
  if (!m) return t.common.notADate({ text });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The calendar has no year 0 (1 BC is followed by AD 1); "0000" would print as the year "0".
  if (year === 0) return t.common.noYearZero({ text });
  if (month < 1 || month > 12) return t.common.noSuchMonth({ text, month });
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return t.common.noSuchDay({ text, month: `${year}-${m[2]}`, days: last });
  return { year, month, day };
}

/**
 * The dates a letter can carry. A DOCX is a zip file, and zip records a file's date in a form that runs from
 * 1980-01-01 to 2107-12-31; a letter dated outside it could be written as a PDF but not as a DOCX.
 */
export const FIRST_LETTER_DATE: CalendarDate = { year: 1980, month: 1, day: 1 };
export const LAST_LETTER_DATE: CalendarDate = { year: 2107, month: 12, day: 31 };

export function isLetterDate(date: CalendarDate): boolean {
  return compareDates(date, FIRST_LETTER_DATE) >= 0 && compareDates(date, LAST_LETTER_DATE) <= 0;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
