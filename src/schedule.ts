/**
 * How far apart the runs of a workflow's `schedule` can be, from its POSIX cron expression, so
 * that a `refresh-before-days` window shorter than that can be warned about. Pure.
 */

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The values a cron field allows, from `min` to `max` (`*`, lists, ranges, steps, day names). */
function values(field: string, min: number, max: number): number[] | undefined {
  const found = new Set<number>();
  for (const part of field.toLowerCase().split(',')) {
    const match = /^(\*|[a-z0-9]+)(?:-([a-z0-9]+))?(?:\/(\d+))?$/.exec(part);
    if (!match) return undefined;
    const [, from = '', to, step] = match;
    const number = (text: string): number => (DAY_NAMES.includes(text) ? DAY_NAMES.indexOf(text) : Number(text));
    const start = from === '*' ? min : number(from);
    const end = from === '*' ? max : to === undefined ? (step === undefined ? start : max) : number(to);
    const by = step === undefined ? 1 : Number(step);
    if (![start, end, by].every(Number.isInteger) || by < 1 || start < min || end > max || start > end)
      return undefined;
    for (let v = start; v <= end; v += by) found.add(v);
  }
  return [...found].sort((a, b) => a - b);
}

/** The longest gap, in days, between the allowed days of a cycle of `length` days. */
function longestGap(days: number[], length: number): number {
  return Math.max(...days.map((day, i) => (days[i + 1] ?? (days[0] ?? 0) + length) - day));
}

/**
 * The longest time between two runs of the cron expression `cron` (five fields), in whole days,
 * rounded up: 1 for any daily or more frequent schedule, 7 for a weekly one, up to 31 for a
 * monthly one. Undefined when the expression restricts months or cannot be read.
 */
export function scheduleIntervalDays(cron: string): number | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [, , dom = '', month = '', dow = ''] = fields;
  if (month !== '*') return undefined;
  const monthDays = dom === '*' ? undefined : values(dom, 1, 31);
  const weekDays = dow === '*' ? undefined : values(dow.replace(/\b7\b/g, '0'), 0, 6);
  if ((dom !== '*' && !monthDays) || (dow !== '*' && !weekDays)) return undefined;
  // cron runs on a day that matches either field when both are restricted.
  const gaps = [monthDays && longestGap(monthDays, 31), weekDays && longestGap(weekDays, 7)].filter(
    (g): g is number => g !== undefined,
  );
  return gaps.length === 0 ? 1 : Math.min(...gaps);
}
