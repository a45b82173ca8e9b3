// Norwegian dates: "30. oktober 2020" (long) and "1.12.2020" (short).

import { type LetterLanguageCode, letterLanguage } from "../model/languages.js";
import type { CalendarDate } from "../shared/calendar-date.js";

export function formatLongDate(date: CalendarDate, language: LetterLanguageCode): string {
  return `${date.day}. ${letterLanguage(language).months[date.month - 1]} ${date.year}`;
}

export function formatShortDate(date: CalendarDate): string {
  return `${date.day}.${date.month}.${date.year}`;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
