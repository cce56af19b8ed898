import assert from 'node:assert/strict';
import { addBusinessDays, addCalendarDays, addCalendarMonths, dayOfWeek, formatDate, InvalidDateError, isWeekend, nextWorkingDay, parseDate, type DateInput } from '../../../src/core/letters/dates';
import { computeDeadline, NoExtensionError } from '../../../src/core/letters/deadline';
import { JURISDICTIONS } from '../../../src/core/letters/jurisdictions';
import type { DeadlineRule } from '../../../src/core/letters/schema';

const iso = (input: DateInput) => formatDate(input);

function rule(id: string): DeadlineRule {
  const found = JURISDICTIONS.flatMap((j) => j.deadlineRules).find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
}

describe('letters: dates', () => {
  it('parses strict ISO dates and rejects impossible ones', () => {
    assert.deepEqual(parseDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-2-01', '2026-13-01', '2026-04-31', '26-01-01', 'tomorrow', '2026-01-01T00:00']) {
      assert.throws(() => parseDate(bad), InvalidDateError, bad);
    }
    assert.throws(() => parseDate({ year: 2026, month: 2, day: 30 }), InvalidDateError);
  });

  it('knows the days of the week', () => {
    assert.equal(dayOfWeek('2026-11-29'), 0); // Sunday
    assert.equal(dayOfWeek('2026-11-30'), 1);
    assert.equal(isWeekend('2026-11-28'), true);
    assert.equal(isWeekend('2026-11-29'), true);
    assert.equal(isWeekend('2026-11-27'), false);
  });

  it('adds calendar months, keeping the day of receipt as the start (1 Aug → 1 Sep)', () => {
    assert.equal(iso(addCalendarMonths('2026-08-01', 1)), '2026-09-01');
    assert.equal(iso(addCalendarMonths('2026-09-03', 1)), '2026-10-03');
  });

  it('ends a month period on the last day of a shorter month', () => {
    assert.equal(iso(addCalendarMonths('2026-01-31', 1)), '2026-02-28');
    assert.equal(iso(addCalendarMonths('2028-01-31', 1)), '2028-02-29'); // leap year
    assert.equal(iso(addCalendarMonths('2000-01-30', 1)), '2000-02-29'); // divisible by 400
    assert.equal(iso(addCalendarMonths('2100-01-29', 1)), '2100-02-28'); // century, not leap
    assert.equal(iso(addCalendarMonths('2026-03-31', 1)), '2026-04-30');
    assert.equal(iso(addCalendarMonths('2026-05-31', 1)), '2026-06-30');
    assert.equal(iso(addCalendarMonths('2026-02-28', 1)), '2026-03-28');
  });

  it('crosses year boundaries in both directions', () => {
    assert.equal(iso(addCalendarMonths('2026-12-15', 1)), '2027-01-15');
    assert.equal(iso(addCalendarMonths('2026-12-31', 2)), '2027-02-28');
    assert.equal(iso(addCalendarMonths('2026-11-30', 3)), '2027-02-28');
    assert.equal(iso(addCalendarMonths('2027-01-31', -2)), '2026-11-30');
    assert.equal(iso(addCalendarDays('2026-12-25', 10)), '2027-01-04');
    assert.equal(iso(addCalendarDays('2027-01-04', -10)), '2026-12-25');
  });

  it('adds calendar days over leap days and month ends', () => {
    assert.equal(iso(addCalendarDays('2028-02-28', 1)), '2028-02-29');
    assert.equal(iso(addCalendarDays('2027-02-28', 1)), '2027-03-01');
    assert.equal(iso(addCalendarDays('2026-11-29', 45)), '2027-01-13');
  });

  it('adds business days, skipping Saturdays and Sundays and never counting the start', () => {
    assert.equal(iso(addBusinessDays('2026-11-27', 1)), '2026-11-30'); // Fri → Mon
    assert.equal(iso(addBusinessDays('2026-11-28', 1)), '2026-11-30'); // Sat → Mon
    assert.equal(iso(addBusinessDays('2026-11-30', 5)), '2026-12-07'); // Mon → next Mon
    assert.equal(iso(addBusinessDays('2026-11-25', 15)), '2026-12-16');
    assert.equal(iso(addBusinessDays('2026-12-30', 3)), '2027-01-04'); // over New Year's weekend, holidays ignored
    assert.equal(iso(addBusinessDays('2026-11-28', 0)), '2026-11-28');
    assert.throws(() => addBusinessDays('2026-11-28', -1), RangeError);
  });

  it('rolls a weekend forward to Monday and leaves working days alone', () => {
    assert.equal(iso(nextWorkingDay('2026-02-28')), '2026-03-02');
    assert.equal(iso(nextWorkingDay('2026-03-01')), '2026-03-02');
    assert.equal(iso(nextWorkingDay('2026-03-02')), '2026-03-02');
  });

  it('does not depend on the local time zone', () => {
    const saved = process.env['TZ'];
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Berlin']) {
        process.env['TZ'] = zone;
        assert.equal(iso(addCalendarDays('2026-03-28', 1)), '2026-03-29', zone);
        assert.equal(dayOfWeek('2026-03-29'), 0, zone);
        assert.equal(iso(addCalendarMonths('2026-10-31', 1)), '2026-11-30', zone);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe('letters: computeDeadline', () => {
  it('counts GDPR Art. 12(3): one month, weekend moved to Monday, and says why', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-01-31');
    assert.equal(result.due, '2026-03-02');
    assert.equal(result.unadjusted, '2026-02-28');
    assert.match(result.explanation, /one month from receipt \(GDPR Art\. 12\(3\)\)/i);
    assert.match(result.explanation, /Saturday, Sunday or public holiday moves to the next working day/);
    assert.match(result.explanation, /2026-02-28 is a Saturday, so the period runs to 2026-03-02/);
  });

  it('leaves a working-day due date as it is (the notes’ worked example)', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-08-01');
    assert.equal(result.due, '2026-09-01');
    assert.equal(result.unadjusted, undefined);
  });

  it('counts the extension from receipt: 31 Jan + 3 months = 30 Apr, not 28 Feb + 2 months', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-01-31', { extended: true, controllerCountry: 'IE' });
    assert.equal(result.due, '2026-04-30');
    assert.match(result.explanation, /counted from receipt/);
  });

  it('adds the two-month extension when asked', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-01-15', { extended: true });
    assert.equal(result.due, '2026-04-15');
    assert.equal(result.extended, true);
    assert.match(result.explanation, /extension of two months/);
  });

  it('counts California opt-outs in business days, skipping Thanksgiving and the day after', () => {
    const result = computeDeadline(rule('us-ca-7026'), '2026-11-25');
    assert.equal(result.due, '2026-12-18'); // weekends only would give 2026-12-16
    assert.equal(result.calendar, 'US-CA');
    assert.deepEqual(result.holidaysSkipped, ['2026-11-26', '2026-11-27']);
    assert.match(result.explanation, /15 business days/);
    assert.match(result.explanation, /public holidays of California \(US-CA\)/);
    assert.throws(() => computeDeadline(rule('us-ca-7026'), '2026-11-25', { extended: true }), NoExtensionError);
  });

  it('counts Virginia in calendar days, without moving a Saturday', () => {
    assert.equal(computeDeadline(rule('us-va-45'), '2026-11-29').due, '2027-01-13');
    assert.equal(computeDeadline(rule('us-va-45'), '2026-11-29', { extended: true }).due, '2027-02-27');
  });

  it('rolls a UK deadline falling on a Sunday forward per the ICO reading', () => {
    const result = computeDeadline(rule('uk-gdpr-12a'), '2026-10-29'); // 29 Nov 2026 is a Sunday
    assert.equal(result.due, '2026-11-30');
    assert.match(result.explanation, /ICO guidance/);
  });
});

describe('letters: deadlines with public holidays of the controller’s country', () => {
  it('France: received 2026-04-01, 1 May (Fête du travail) and the weekend move it to 4 May', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-04-01', { controllerCountry: 'FR' });
    assert.equal(result.due, '2026-05-04');
    assert.equal(result.unadjusted, '2026-05-01');
    assert.equal(result.calendar, 'FR');
    assert.deepEqual(result.holidaysSkipped, ['2026-05-01']);
    assert.equal(result.from, 'receipt');
    assert.match(result.explanation, /2026-05-01 is a public holiday, so the period runs to 2026-05-04/);
    assert.match(result.explanation, /1182\/71 Art\. 3\(4\)/);
  });

  it('Ireland: 1 May is a working day there, so the same request is due 2026-05-01', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-04-01', { controllerCountry: 'ie' });
    assert.equal(result.due, '2026-05-01');
    assert.equal(result.calendar, 'IE');
    assert.deepEqual(result.holidaysSkipped, []);
  });

  it('without a country, counts weekends only and says the period may end later', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-04-01');
    assert.equal(result.due, '2026-05-01');
    assert.equal(result.calendar, undefined);
    assert.match(result.explanation, /country of establishment is not known, so the period may end later/);
  });

  it('says when it counted from the sending date (earliest possible end)', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-04-01', { controllerCountry: 'FR', from: 'earliest' });
    assert.equal(result.from, 'earliest');
    assert.match(result.explanation, /earliest possible end/);
  });

  it('UK bank holidays by nation: Scotland’s 2 January moves a deadline that England keeps', () => {
    // Received 2 Dec 2026: one month = Sat 2 Jan 2027 → Mon 4 Jan in England; in Scotland, 4 Jan is the
    // substitute day for 2 January, so the period runs to Tuesday 5 January.
    assert.equal(computeDeadline(rule('uk-gdpr-12a'), '2026-12-02', { controllerCountry: 'GB-ENG' }).due, '2027-01-04');
    assert.equal(computeDeadline(rule('uk-gdpr-12a'), '2026-12-02', { controllerCountry: 'GB-SCT' }).due, '2027-01-05');
  });

  it('an unknown country code is named in the explanation', () => {
    const result = computeDeadline(rule('gdpr-12-3'), '2026-04-01', { controllerCountry: 'XX' });
    assert.equal(result.calendar, undefined);
    assert.match(result.explanation, /no holiday calendar is known for "XX"/);
  });
});
