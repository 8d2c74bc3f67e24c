import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `date` is a real calendar date. The meta-schema checks the YYYY-MM-DD shape;
 * this checks month and day, leap years included. It never reads the clock.
 */
export const adrDateValid: Rule = {
  name: 'adr-date-valid',
  codes: ['ADR_DATE_INVALID'],
  check(sources, report) {
    for (const { file, doc } of sources.adrs) {
      const problem = calendarProblem(doc.date);
      if (problem !== undefined) {
        report(diagnostic('ADR_DATE_INVALID', file, '/date', `"${doc.date}" is not a calendar date: ${problem}.`, 'Write the day the decision was taken as YYYY-MM-DD, e.g. 2025-03-31.'));
      }
    }
  },
};

/** Why a YYYY-MM-DD string is not a date, or undefined when it is one. */
export function calendarProblem(date: string): string | undefined {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  if (m === null) return 'it is not written as YYYY-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
