import { asObject } from '../context';
import type { Rule } from '../context';
import { setAt } from '../fixes';
import type { QuickFix } from '../types';
import { suggestion } from '../../text/suggest';
import { TIME_ZONE_NAMES } from './time-zones';

/** One field of a standard schedule, with its bounds and names (robfig/cron/v3's). */
interface CronField {
  name: string;
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])) },
  { name: 'day of week', min: 0, max: 6, names: Object.fromEntries(DAYS.map((d, i) => [d, i])) },
];

/** The descriptors cron.ParseStandard takes besides `@every <duration>`, spelt exactly so. */
const DESCRIPTORS = [
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
];

/** A Go duration, as time.ParseDuration reads it: `90s`, `1h30m`, `1.5h`. */
const GO_DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

/** A number as strconv.Atoi reads it, or a name of the field; why not, else. */
function numberOf(text: string, field: CronField): number | string {
  const named = field.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^[-+]?\d+$/.test(text)) {
    const names = field.names ? ` or a ${field.name === 'month' ? 'month' : 'day'} name` : '';
    return `"${text}" is not a number${names}`;
  }
  const value = Number(text);
  if (value < 0) return `${value} is negative`;
  return value;
}

/** Why one comma-separated part of a field (`*`, `5`, `1-5`, `*\/10`, `MON-FRI`) is refused. */
function rangeProblem(expr: string, field: CronField): string | null {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = field.min;
    end = field.max;
  } else {
    if (lowAndHigh.length > 2) return `"${expr}" has more than one '-'`;
    const low = numberOf(lowAndHigh[0]!, field);
    if (typeof low === 'string') return low;
    const high = lowAndHigh.length === 2 ? numberOf(lowAndHigh[1]!, field) : low;
    if (typeof high === 'string') return high;
    start = low;
    end = high;
  }
  if (rangeAndStep.length > 2) return `"${expr}" has more than one '/'`;
  if (rangeAndStep.length === 2) {
    const step = numberOf(rangeAndStep[1]!, { ...field, names: undefined });
    if (typeof step === 'string') return step;
    if (step === 0) return `the step of "${expr}" must be 1 or more`;
    // "N/step" runs from N to the end.
    if (lowAndHigh.length === 1) end = field.max;
  }
  if (start < field.min) return `${start} is below the first ${field.name}, ${field.min}`;
  if (end > field.max) {
    const sunday = field.name === 'day of week' && end === 7 ? ' (Sunday is 0, or SUN)' : '';
    return `${end} is above the last ${field.name}, ${field.max}${sunday}`;
  }
  if (start > end) return `the range "${expr}" runs backwards`;
  return null;
}

/**
 * Why the API server refuses a CronJob's `schedule` (cron.ParseStandard, robfig/cron/v3), or
 * null when it takes it: five fields (minute, hour, day of month, month, day of week) or a
 * descriptor (`@hourly`, `@every 1h30m`). `TZ=` prefixes are the rule's to report.
 */
export function scheduleProblem(schedule: string): string | null {
  if (schedule.startsWith('@')) {
    if (DESCRIPTORS.includes(schedule)) return null;
    if (schedule.startsWith('@every ')) {
      const duration = schedule.slice('@every '.length);
      return GO_DURATION.test(duration)
        ? null
        : `"${duration}" is not a duration (write 90s, 15m or 1h30m)`;
    }
    return `"${schedule}" is not a descriptor: use ${DESCRIPTORS.filter((d) => d !== '@annually' && d !== '@midnight').join(', ')} or @every <duration>`;
  }
  const fields = schedule.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) {
    return `it has ${fields.length} field${fields.length === 1 ? '' : 's'}, where a schedule has 5: minute, hour, day of month, month, day of week`;
  }
  for (const [i, text] of fields.entries()) {
    const field = FIELDS[i]!;
    for (const expr of text.split(',').filter((e) => e !== '')) {
      const problem = rangeProblem(expr, field);
      if (problem) return `the ${field.name} field "${text}": ${problem}`;
    }
  }
  return null;
}

/** `CRON_TZ=Europe/Paris 0 3 * * *` → the zone and the schedule after it. */
const TZ_PREFIX = /^\s*(?:CRON_)?TZ=(\S+)\s+(.*)$/;

const invalidSchedule: Rule = {
  id: 'pod/invalid-schedule',
  severity: 'error',
  refusedBy: 'api-server',
  title: "A CronJob's schedule the API server cannot read",
  explanation:
    "A CronJob's `schedule` is five fields, minute (0-59), hour (0-23), day of month (1-31), month (1-12 or JAN-DEC) and day of week (0-6 or SUN-SAT, Sunday being 0), each `*`, a number, a range (`1-5`), a list (`1,15`) or a step (`*/10`); or a descriptor: `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@every 1h30m`. There is no seconds field. The API server refuses anything else, and a time zone in the schedule (`TZ=` or `CRON_TZ=`): the zone goes in `spec.timeZone`.",
  check(ctx, report) {
    if (ctx.kind !== 'CronJob') return;
    const spec = asObject(ctx.root.spec);
    const schedule = spec?.schedule;
    // A missing or empty schedule is schema/required-field's.
    if (typeof schedule !== 'string' || schedule === '') return;
    const path = ['spec', 'schedule'];
    if (schedule.includes('TZ')) {
      const prefix = TZ_PREFIX.exec(schedule);
      const zone = prefix?.[1];
      const rest = prefix?.[2]?.trim();
      const fixes: QuickFix[] = [];
      if (zone && rest && scheduleProblem(rest) === null) {
        if (spec?.timeZone === undefined) {
          if (timeZoneProblem(zone) === null) {
            fixes.push({
              title: `Move ${zone} to timeZone`,
              edits: [
                ...setAt(path, rest, '').edits,
                ...setAt(['spec', 'timeZone'], zone, '').edits,
              ],
            });
          }
        } else {
          fixes.push(
            setAt(path, rest, `Remove the time zone (timeZone says ${String(spec.timeZone)})`),
          );
        }
      }
      report({
        path,
        message: `The schedule "${schedule}" names a time zone: the API server refuses TZ or CRON_TZ in a schedule. Put the zone in spec.timeZone.`,
        fix: fixes[0],
      });
      return;
    }
    const problem = scheduleProblem(schedule);
    if (!problem) return;
    const fields = schedule.trim().split(/\s+/);
    const withoutSeconds = fields.slice(1).join(' ');
    // Sunday as 7, as some crons take it.
    const sunday =
      fields.length === 5 && fields[4] === '7' ? [...fields.slice(0, 4), '0'].join(' ') : null;
    const lower = schedule.toLowerCase();
    const fix =
      fields.length === 6 && scheduleProblem(withoutSeconds) === null
        ? setAt(path, withoutSeconds, `Drop the seconds field: ${withoutSeconds}`)
        : sunday !== null && scheduleProblem(sunday) === null
          ? setAt(path, sunday, `Write 0 for Sunday: ${sunday}`)
          : DESCRIPTORS.includes(lower)
            ? setAt(path, lower, `Write ${lower}`)
            : undefined;
    report({
      path,
      message: `The schedule "${schedule}" is not one the API server reads: ${problem}.`,
      fix,
    });
  },
};

/** What a time zone part may hold (batch validation's validTimeZoneCharacters). */
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

let zones: ReadonlySet<string> | null = null;

/**
 * The names of the tz database as Go's lookup spells them (zones and links), with those this
 * runtime's ICU data lists besides, if it is newer.
 */
function knownZones(): ReadonlySet<string> {
  if (!zones) {
    const listed =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = new Set([...TIME_ZONE_NAMES, ...listed]);
  }
  return zones;
}

/**
 * Why the API server refuses `timeZone` (validateTimeZone, batch validation: a name of the tz
 * database that time.LoadLocation finds, not `Local`), or null. Go's lookup is case-sensitive,
 * where Intl's is not: a name is checked against the tz database's own spelling (TIME_ZONE_NAMES,
 * aliases included), so `europe/paris` and `us/eastern` are refused and named as meant.
 */
export function timeZoneProblem(name: string): { problem: string; meant: string | null } | null {
  if (name === '') return { problem: 'an empty timeZone is refused', meant: null };
  if (name.toLowerCase() === 'local') {
    return {
      problem: '"Local" is the time zone of kube-controller-manager, which a CronJob cannot name',
      meant: null,
    };
  }
  const parts = name.split('/');
  const wellFormed = parts.every(
    (p) => p !== '.' && p !== '..' && !p.startsWith('-') && TIME_ZONE_PART.test(p),
  );
  const known = knownZones();
  if (wellFormed && known.has(name)) return null;
  const lower = name.toLowerCase();
  // Only a name listed as written: Intl's own lookup also takes Java's three-letter IDs (PST,
  // IST) and names tzdata has dropped (US/Pacific-New), in any case, which Go's does not.
  const sameButCase = [...known].find((z) => z.toLowerCase() === lower && z !== name);
  const meant = sameButCase ?? suggestion(name.replace(/ /g, '_'), [...known]);
  return {
    problem: sameButCase
      ? `"${name}" is spelt ${sameButCase}: time zone names are case-sensitive`
      : `"${name}" is not a time zone name of the tz database (Europe/Paris, America/New_York, UTC)`,
    meant,
  };
}

const invalidTimeZone: Rule = {
  id: 'pod/invalid-time-zone',
  severity: 'error',
  refusedBy: 'api-server',
  title: "A CronJob's timeZone the API server does not know",
  explanation:
    'A CronJob\'s `timeZone` names a zone of the tz database (IANA), such as `Europe/Paris`, `America/New_York` or `UTC`, spelt with its exact case; the schedule then runs in that zone\'s local time, summer time included. Without the field, it runs in the time zone of kube-controller-manager (most often UTC). The API server refuses a name its time zone data does not hold ("unknown time zone"), an empty one, and `Local`.',
  check(ctx, report) {
    if (ctx.kind !== 'CronJob') return;
    const zone = asObject(ctx.root.spec)?.timeZone;
    if (typeof zone !== 'string') return;
    const found = timeZoneProblem(zone);
    if (!found) return;
    const path = ['spec', 'timeZone'];
    report({
      path,
      message: `The CronJob's timeZone: ${found.problem}.`,
      fix: found.meant
        ? setAt(path, found.meant, `Use ${found.meant}`)
        : zone === ''
          ? setAt(path, undefined, 'Remove timeZone')
          : undefined,
    });
  },
};

export const CRON_RULES: readonly Rule[] = [invalidSchedule, invalidTimeZone];
