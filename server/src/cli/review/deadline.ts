import { parseDateLine } from '../../service/report/dates';

// 厅字〔2019〕28号: a department reports on year N before 3月1日 of year N+1. A date line without a day
// (2025年3月) is read as the first of the month: a false "late" costs more than a missed one.

export interface DeadlineVerdict {
  /** 2025-02-26, or 2025-03 without a day; null when the line is no date. */
  date: string | null;
  deadline: string | null;
  late: boolean | null;
}

export function judgeDeadline(dateLine: string | null, year: number | null): DeadlineVerdict {
  const parsed = dateLine === null ? null : parseDateLine(dateLine.trim());
  const date = parsed === null ? null : `${parsed.year}-${pad(parsed.month)}${parsed.day === null ? '' : `-${pad(parsed.day)}`}`;
  if (year === null) return { date, deadline: null, late: null };
  const deadline = `${year + 1}-03-01`;
  if (parsed === null) return { date, deadline, late: null };
  const written = `${parsed.year}-${pad(parsed.month)}-${pad(parsed.day ?? 1)}`;
  return { date, deadline, late: written > deadline };
}

/** Days from the deadline to the date (negative: before it); null when either is unknown. */
export function daysFromDeadline(date: string | null, deadline: string | null): number | null {
  if (date === null || deadline === null) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [dy, dm, dd] = deadline.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d || 1) - Date.UTC(dy, dm - 1, dd)) / 86_400_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
