import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { countryFromAddress } from '../../../src/core/letters/holidays/addressCountry';
import { holidayCalendar, knownCalendarIds } from '../../../src/core/letters/holidays/calendars';

describe('letters: holiday calendars', () => {
  it('holds every EU/EEA country, the four UK nations and California', () => {
    const ids = knownCalendarIds();
    for (const id of ['AT', 'DE', 'FR', 'IE', 'NL', 'PL', 'NO', 'GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR', 'GB', 'US-CA']) assert.ok(ids.includes(id), id);
  });

  it('knows the holidays the done-means dates turn on', () => {
    assert.equal(holidayCalendar('FR')?.isHoliday('2026-05-01'), true);
    assert.equal(holidayCalendar('IE')?.isHoliday('2026-05-01'), false);
    assert.equal(holidayCalendar('IE')?.isHoliday('2026-05-04'), true);
    assert.equal(holidayCalendar('US-CA')?.isHoliday('2026-11-26'), true);
    assert.equal(holidayCalendar('US-CA')?.isHoliday('2026-11-27'), true);
    assert.equal(holidayCalendar('US-CA')?.isHoliday('2026-07-03'), false, 'CalHR: a Saturday holiday is not moved');
    assert.equal(holidayCalendar('GB-SCT')?.isHoliday('2026-11-30'), true, 'St Andrew’s Day');
    assert.equal(holidayCalendar('GB-ENG')?.isHoliday('2026-11-30'), false);
    assert.equal(holidayCalendar('GB')?.isHoliday('2026-11-30'), false, 'GB alone: only days common to all nations');
    assert.equal(holidayCalendar('uk')?.isHoliday('2026-12-25'), true);
    assert.equal(holidayCalendar('ZZ'), undefined);
  });

  it('reads the country from the last line of a directory address', () => {
    assert.equal(countryFromAddress('Lassallestraße 9\n1020 Wien\nÖsterreich'), 'AT');
    assert.equal(countryFromAddress('1 Grand Canal Quay\nDublin 2\nIreland\n'), 'IE');
    assert.equal(countryFromAddress('Paris\nFRANCE'), 'FR');
    assert.equal(countryFromAddress('London\nUnited Kingdom'), 'GB');
    assert.equal(countryFromAddress('Mountain View, CA\nUSA'), undefined);
    assert.equal(countryFromAddress('Amsterdam\nThe Netherlands'), 'NL');
    assert.equal(countryFromAddress('Praha\nCzech Republic'), 'CZ');
    assert.equal(countryFromAddress('Stockholm\nSverige'), 'SE');
    assert.equal(countryFromAddress('Zagreb\nHrvatska'), 'HR');
  });

  it('the committed table is what scripts/generate-holidays.mjs writes (run it after changing the script)', function () {
    this.timeout(60_000);
    const path = 'src/core/letters/holidays/table.ts';
    const committed = readFileSync(path, 'utf8');
    execFileSync(process.execPath, ['scripts/generate-holidays.mjs'], { stdio: 'pipe' });
    assert.equal(readFileSync(path, 'utf8'), committed);
  });
});
