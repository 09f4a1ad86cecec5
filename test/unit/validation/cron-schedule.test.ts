import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { scheduleProblem, timeZoneProblem } from '../../../shared/validation/semantic/cron';
import { applyFix, textAt } from './helpers';

const cronJob = (schedule: string, timeZone?: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "${schedule}"
${timeZone === undefined ? '' : `  timeZone: "${timeZone}"\n`}  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: busybox:1.36
`;

const only = (ruleId: string, text: string) =>
  validateManifest(text).filter((p) => p.ruleId === ruleId);

describe('scheduleProblem', () => {
  it('takes five fields and the descriptors, as cron.ParseStandard does', () => {
    for (const schedule of [
      '*/5 * * * *',
      '0 9-17 * * MON-FRI',
      '0 0 1 jan,jul *',
      '15 3 ? * sun',
      '5/10 * * * *',
      '@hourly',
      '@midnight',
      '@every 1h30m',
    ]) {
      expect(scheduleProblem(schedule), schedule).toBeNull();
    }
  });

  it('says what is wrong with the others', () => {
    expect(scheduleProblem('61 * * * *')).toBe(
      'the minute field "61": 61 is above the last minute, 59',
    );
    expect(scheduleProblem('0 0 * * 7')).toBe(
      'the day of week field "7": 7 is above the last day of week, 6 (Sunday is 0, or SUN)',
    );
    expect(scheduleProblem('0 0 0 * *')).toBe(
      'the day of month field "0": 0 is below the first day of month, 1',
    );
    expect(scheduleProblem('0 0 L * *')).toBe('the day of month field "L": "L" is not a number');
    expect(scheduleProblem('0 0 * FOO *')).toBe(
      'the month field "FOO": "FOO" is not a number or a month name',
    );
    expect(scheduleProblem('*/0 * * * *')).toBe(
      'the minute field "*/0": the step of "*/0" must be 1 or more',
    );
    expect(scheduleProblem('0 5-2 * * *')).toBe(
      'the hour field "5-2": the range "5-2" runs backwards',
    );
    expect(scheduleProblem('* * * *')).toBe(
      'it has 4 fields, where a schedule has 5: minute, hour, day of month, month, day of week',
    );
    expect(scheduleProblem('@Daily')).toMatch(/^"@Daily" is not a descriptor/);
    expect(scheduleProblem('@every 1x')).toBe('"1x" is not a duration (write 90s, 15m or 1h30m)');
  });
});

describe("a CronJob's schedule", () => {
  it('that the API server cannot read is refused where it is written', () => {
    const text = cronJob('61 * * * *');
    const [problem, ...rest] = only('pod/invalid-schedule', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server', nodeId: null });
    expect(textAt(text, problem!)).toBe('"61 * * * *"');
    expect(problem!.message).toBe(
      'The schedule "61 * * * *" is not one the API server reads: the minute field "61": 61 is above the last minute, 59.',
    );
  });

  it.each([
    ['0 0 12 * * ?', 'Drop the seconds field: 0 12 * * ?', '0 12 * * ?'],
    ['30 6 * * 7', 'Write 0 for Sunday: 30 6 * * 0', '30 6 * * 0'],
    ['@Daily', 'Write @daily', '@daily'],
  ])('%s is fixed', (schedule, title, written) => {
    const text = cronJob(schedule);
    const [problem] = only('pod/invalid-schedule', text);
    expect(problem!.fix?.title).toBe(title);
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain(`schedule: "${written}"`);
    expect(only('pod/invalid-schedule', fixed)).toEqual([]);
  });

  it('with TZ= or CRON_TZ= is refused, and the zone moves to timeZone', () => {
    const text = cronJob('CRON_TZ=Europe/Paris 0 3 * * *');
    const [problem] = only('pod/invalid-schedule', text);
    expect(problem!.message).toBe(
      'The schedule "CRON_TZ=Europe/Paris 0 3 * * *" names a time zone: the API server refuses TZ or CRON_TZ in a schedule. Put the zone in spec.timeZone.',
    );
    expect(problem!.fix?.title).toBe('Move Europe/Paris to timeZone');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('schedule: "0 3 * * *"');
    expect(fixed).toContain('timeZone: Europe/Paris');
    expect(validateManifest(fixed).filter((p) => p.severity === 'error')).toEqual([]);
    // With a timeZone already, the prefix only goes.
    const both = cronJob('TZ=UTC 0 3 * * *', 'Europe/Paris');
    expect(only('pod/invalid-schedule', both)[0]!.fix?.title).toBe(
      'Remove the time zone (timeZone says Europe/Paris)',
    );
  });
});

describe("a CronJob's timeZone", () => {
  it('names a zone of the tz database, with its exact case', () => {
    for (const zone of [
      'Europe/Paris',
      'UTC',
      'America/Argentina/Buenos_Aires',
      'Etc/GMT+5',
      'Asia/Kolkata',
    ]) {
      expect(timeZoneProblem(zone), zone).toBeNull();
    }
    expect(timeZoneProblem('europe/paris')).toEqual({
      problem: '"europe/paris" is spelt Europe/Paris: time zone names are case-sensitive',
      meant: 'Europe/Paris',
    });
    expect(timeZoneProblem('Local')?.meant).toBeNull();
    expect(timeZoneProblem('Mars/Olympus')?.meant).toBeNull();
  });

  it("takes the tz database's links (aliases) as Go spells them, and refuses them in another case", () => {
    for (const zone of [
      'America/New_York',
      'US/Eastern',
      'Etc/UTC',
      'UTC',
      'GB-Eire',
      'Etc/GMT+5',
    ]) {
      expect(timeZoneProblem(zone), zone).toBeNull();
    }
    // Intl finds these whatever their case, and names an alias by its zone (America/New_York).
    expect(timeZoneProblem('us/eastern')).toEqual({
      problem: '"us/eastern" is spelt US/Eastern: time zone names are case-sensitive',
      meant: 'US/Eastern',
    });
    expect(timeZoneProblem('US/EASTERN')?.meant).toBe('US/Eastern');
    expect(timeZoneProblem('etc/utc')?.meant).toBe('Etc/UTC');
    expect(timeZoneProblem('utc')?.meant).toBe('UTC');
    expect(timeZoneProblem('etc/gmt+5')?.meant).toBe('Etc/GMT+5');
    // Names Intl takes and Go's tz data has not: Java's three-letter IDs, dropped aliases.
    for (const zone of ['PST', 'pst', 'IST', 'CST', 'AET', 'US/Pacific-New', 'SystemV/AST4']) {
      expect(timeZoneProblem(zone), zone).not.toBeNull();
    }
    expect(timeZoneProblem('gb-eire')?.meant).toBe('GB-Eire');
  });

  it('that is an alias in the wrong case is refused at the timeZone, and spelt right', () => {
    const text = cronJob('0 3 * * *', 'us/eastern');
    const [problem, ...rest] = only('pod/invalid-time-zone', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('"us/eastern"');
    expect(problem!.message).toBe(
      'The CronJob\'s timeZone: "us/eastern" is spelt US/Eastern: time zone names are case-sensitive.',
    );
    expect(problem!.fix?.title).toBe('Use US/Eastern');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('timeZone: "US/Eastern"');
    expect(only('pod/invalid-time-zone', fixed)).toEqual([]);
  });

  it('is silent on zones and links spelt as the tz database spells them', () => {
    for (const zone of ['America/New_York', 'US/Eastern', 'Etc/UTC', 'UTC']) {
      expect(only('pod/invalid-time-zone', cronJob('0 3 * * *', zone)), zone).toEqual([]);
    }
  });

  it('that is unknown is refused, with the closest name offered', () => {
    const text = cronJob('0 3 * * *', 'Europe/Pariss');
    const [problem, ...rest] = only('pod/invalid-time-zone', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('"Europe/Pariss"');
    expect(problem!.message).toBe(
      'The CronJob\'s timeZone: "Europe/Pariss" is not a time zone name of the tz database (Europe/Paris, America/New_York, UTC).',
    );
    expect(problem!.fix?.title).toBe('Use Europe/Paris');
    expect(only('pod/invalid-time-zone', applyFix(text, problem!))).toEqual([]);
  });

  it('that is empty is refused, and can be left out', () => {
    const text = cronJob('0 3 * * *', '');
    const [problem] = only('pod/invalid-time-zone', text);
    expect(problem!.fix?.title).toBe('Remove timeZone');
    expect(only('pod/invalid-time-zone', applyFix(text, problem!))).toEqual([]);
  });
});
