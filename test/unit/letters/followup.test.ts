import assert from 'node:assert/strict';
import { fillLetter } from '../../../src/core/letters/fill';
import { followUpsInText, planFollowUp } from '../../../src/core/letters/followUp';
import { findSentLetters, letterMarker } from '../../../src/core/letters/marker';
import { getLetter } from '../../../src/core/letters/registry';

const ids = (letters: { id: string }[]) => letters.map((l) => l.id);

describe('letters: findSentLetters', () => {
  it('finds markers with their ids, dates and exact offsets', () => {
    const first = '<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-11-29 -->';
    const second = '<!--right-to-object:letter us-ca-1798-120-en   sent=2026-12-01-->';
    const text = `# Notes ✍️\n\n${first}\nDear…\n\n> quoted\n${second}\n`;
    const found = findSentLetters(text);
    assert.deepEqual(
      found.map((m) => [m.letterId, m.sentDate, text.slice(m.start, m.end)]),
      [
        ['eu-gdpr-21-1-en', '2026-11-29', first],
        ['us-ca-1798-120-en', '2026-12-01', second],
      ],
    );
  });

  it('keeps a marker whose date is still a placeholder or invalid, without a date', () => {
    const text = '<!-- right-to-object:letter eu-gdpr-7-3-en sent=[[date: date of this letter, YYYY-MM-DD]] -->\n<!-- right-to-object:letter eu-gdpr-7-3-en sent=2026-02-30 -->';
    const found = findSentLetters(text);
    assert.equal(found.length, 2);
    assert.equal(found[0]?.sentDate, undefined);
    assert.equal(found[0]?.rawSent, '[[date: date of this letter, YYYY-MM-DD]]');
    assert.equal(found[1]?.sentDate, undefined);
  });

  it('ignores other comments', () => {
    assert.deepEqual(findSentLetters('<!-- TODO: letter eu-gdpr-21-1-en sent=2026-11-29 -->'), []);
  });
});

describe('letters: planFollowUp', () => {
  it('dates the GDPR reminder the day after the one-month deadline', () => {
    const plan = planFollowUp('eu-gdpr-21-1-en', '2026-08-01', '2026-09-01');
    assert.equal(plan.deadline?.due, '2026-09-01');
    assert.equal(plan.reminderFrom, '2026-09-02');
    assert.equal(plan.overdue, false);
    assert.equal(planFollowUp('eu-gdpr-21-1-en', '2026-08-01', '2026-09-02').overdue, true);
    assert.deepEqual(plan.values, { sentDate: '2026-08-01' });
    assert.match(plan.explanation, /GDPR Art\. 12\(3\)/);
  });

  it('offers follow-ups in the letter’s language first, then English', () => {
    const plan = planFollowUp('eu-gdpr-21-2-pl', '2026-08-01', '2026-11-29');
    assert.deepEqual(ids(plan.reminders).slice(0, 2), ['eu-gdpr-12-3-reminder-pl', 'eu-gdpr-12-3-reminder-en']);
    assert.deepEqual(ids(plan.complaints).slice(0, 2), ['eu-gdpr-77-pl', 'eu-gdpr-77-en']);
  });

  it('counts the extension when the company announced one', () => {
    assert.equal(planFollowUp('eu-gdpr-21-1-en', '2026-01-15', '2026-11-29', { extended: true }).deadline?.due, '2026-04-15');
  });

  it('offers no reminder date where no deadline is verified, and only complaints whose wording fits', () => {
    const consent = planFollowUp('eu-gdpr-7-3-en', '2026-08-01', '2026-11-29');
    assert.equal(consent.deadline, undefined);
    assert.equal(consent.reminderFrom, undefined);
    assert.deepEqual(consent.reminders, []);
    assert.deepEqual(consent.complaints, [], 'the EU complaint text is about an ignored Art. 21 objection');

    const limit = planFollowUp('us-ca-1798-121-en', '2026-08-01', '2026-11-29');
    assert.equal(limit.deadline, undefined);
    assert.deepEqual(ids(limit.complaints), ['us-ca-cppa-complaint-en']);

    const colorado = planFollowUp('us-co-6-1-1306-en', '2026-08-01', '2026-11-29');
    assert.deepEqual([colorado.reminders.length, colorado.complaints.length], [0, 0]);
  });

  it('matches reminders to the deadline rule of the sent letter', () => {
    const plan = planFollowUp('us-ca-1798-120-en', '2026-11-25', '2026-12-21');
    assert.equal(plan.deadline?.due, '2026-12-18'); // Thanksgiving and the day after skipped
    assert.equal(plan.overdue, true);
    assert.deepEqual(ids(plan.reminders), ['us-ca-7026-reminder-en']);
  });

  it('does not offer a reminder for a reminder, nor anything after a complaint', () => {
    const reminder = planFollowUp('eu-gdpr-12-3-reminder-en', '2026-09-02', '2026-11-29');
    assert.deepEqual(reminder.reminders, []);
    assert.equal(reminder.deadline, undefined);
    assert.ok(reminder.complaints.length > 0);
    const complaint = planFollowUp('eu-gdpr-77-en', '2026-09-02', '2026-11-29');
    assert.deepEqual([complaint.reminders.length, complaint.complaints.length], [0, 0]);
  });

  it('finds a filled letter in a document and plans its follow-up', () => {
    const letter = fillLetter(getLetter('us-va-59-1-577-en'), { name: 'Ann', controller: 'Shop' }, '2026-11-29');
    const [found] = followUpsInText(`Intro\n\n${letter}`, '2027-01-14');
    assert.equal(found?.letter?.id, 'us-va-59-1-577-en');
    assert.equal(found?.plan?.deadline?.due, '2027-01-13');
    assert.equal(found?.plan?.overdue, true);
    assert.deepEqual(ids(found?.plan?.reminders ?? []), ['us-va-59-1-577-reminder-en']);
    const [unknown] = followUpsInText('<!-- right-to-object:letter xx-old-1-en sent=2026-01-01 -->', '2026-11-29');
    assert.equal(unknown?.letter, undefined);
  });
});

describe('letters: the letter marker with received= and country=', () => {
  it('reads the new fields and still reads markers with sent= only', () => {
    const text = [
      '<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-04-01 received=2026-04-02 country=FR -->',
      '<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-04-01 -->',
      '<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-04-01 by post -->',
    ].join('\n');
    const [full, old, odd] = findSentLetters(text);
    assert.equal(full?.sentDate, '2026-04-01');
    assert.equal(full?.receivedDate, '2026-04-02');
    assert.equal(full?.country, 'FR');
    assert.equal(old?.sentDate, '2026-04-01');
    assert.equal(old?.receivedDate, undefined);
    assert.equal(odd?.sentDate, undefined, 'unknown words after the date: not guessed');
    assert.equal(odd?.rawSent, '2026-04-01 by post');
    assert.equal(letterMarker('x-en', '2026-04-01', { received: '2026-04-02', country: 'FR' }), '<!-- right-to-object:letter x-en sent=2026-04-01 received=2026-04-02 country=FR -->');
  });

  it('follow-ups count from the receipt date in the marker, with the marker’s country', () => {
    const text = '<!-- right-to-object:letter eu-gdpr-21-1-fr sent=2026-03-30 received=2026-04-01 country=FR -->';
    const [found] = followUpsInText(text, '2026-05-05');
    assert.equal(found?.plan?.deadline?.due, '2026-05-04');
    assert.equal(found?.plan?.deadline?.from, 'receipt');
    assert.equal(found?.plan?.overdue, true);
    assert.match(found?.plan?.explanation ?? '', /received 2026-04-01/);
  });

  it('without received=, the plan gives the earliest possible end and says so', () => {
    const [found] = followUpsInText('<!-- right-to-object:letter eu-gdpr-21-1-fr sent=2026-04-01 country=FR -->', '2026-05-02');
    assert.equal(found?.plan?.deadline?.from, 'earliest');
    assert.equal(found?.plan?.deadline?.due, '2026-05-04');
    assert.equal(found?.plan?.overdue, false);
    assert.match(found?.plan?.explanation ?? '', /receipt date is not known, so 2026-05-04 is the earliest/);
  });
});

describe('letters: the recipient in the marker', () => {
  it('writes to= for a letter to a known company, never for a complaint or an unknown one, and reads it back with spaces', () => {
    const objection = fillLetter(getLetter('eu-gdpr-21-2-en'), { name: 'Jane', controller: 'ACME  Ltd --> x', date: '2026-04-01' }, '2026-04-01');
    assert.ok(objection.startsWith('<!-- right-to-object:letter eu-gdpr-21-2-en sent=2026-04-01 to=ACME Ltd - x -->\n'), objection.slice(0, 90));
    const [marker] = findSentLetters(objection);
    assert.equal(marker?.to, 'ACME Ltd - x');
    assert.equal(marker?.sentDate, '2026-04-01');
    const complaint = fillLetter(getLetter('eu-gdpr-77-en'), { name: 'Jane', controller: 'ACME', authority: 'CNIL', sentDate: '2026-01-01', date: '2026-04-01' }, '2026-04-01');
    assert.ok(complaint.startsWith('<!-- right-to-object:letter eu-gdpr-77-en sent=2026-04-01 -->\n'));
  });

  it('addresses the follow-up to the company named in the marker', () => {
    const [found] = followUpsInText('<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-01-30 received=2026-01-30 to=Example Corp Ltd -->', '2026-03-05');
    assert.equal(found?.plan?.values['controller'], 'Example Corp Ltd');
    assert.equal(found?.marker.receivedDate, '2026-01-30');
  });
});
