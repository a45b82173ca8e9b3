// Calendar dates as the registry writes them (YYYY-MM-DD), checked against the real calendar.

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
  if (!m) return `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2020-10-30`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${text} is not a date: ${year}-${m[2]} has ${last} days`;
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
