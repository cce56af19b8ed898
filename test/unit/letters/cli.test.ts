import assert from 'node:assert/strict';
import { fakeIo } from '../fakeCliIo';
import { letterCommand } from '../../../src/cli/commands/letter';
import { lettersCommand, type LetterListing } from '../../../src/cli/commands/letters';
import { EXIT_OK, UsageError } from '../../../src/cli/io';
import { listLetters } from '../../../src/core/letters/registry';

async function usageError(run: () => Promise<number>, pattern: RegExp): Promise<void> {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof UsageError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('letters: CLI `letters`', () => {
  it('lists every letter as JSON with citations, sources and deadline rule', async () => {
    const io = fakeIo();
    assert.equal(await lettersCommand(['--format', 'json'], io), EXIT_OK);
    const listed = JSON.parse(io.out) as LetterListing[];
    assert.equal(listed.length, listLetters().length);
    const objection = listed.find((l) => l.id === 'eu-gdpr-21-1-en');
    assert.equal(objection?.kind, 'object-legitimate-interests');
    assert.equal(objection?.language, 'en');
    assert.equal(objection?.deadlineRule?.citation, 'GDPR Art. 12(3)');
    assert.ok(objection?.citations.some((c) => c.citation === 'GDPR Art. 21(1)' && c.source.includes('http')));
    assert.equal(listed.find((l) => l.id === 'us-ca-1798-121-en')?.deadlineRule, null);
    assert.equal(io.err, '');
  });

  it('lists letters as text, and filters', async () => {
    const io = fakeIo();
    await lettersCommand(['--jurisdiction=us-ca'], io);
    const ids = io.out.split('\n').filter((line) => /^\S/.test(line));
    assert.deepEqual(ids, ['us-ca-1798-120-en', 'us-ca-1798-121-en', 'us-ca-7026-reminder-en', 'us-ca-cppa-complaint-en']);
    assert.match(io.out, /Deadline: no later than 15 business days from receipt/);
    assert.match(io.out, /Cal\. Code Regs\. tit\. 11, § 7026 \(secondary source\)/);
    assert.match(io.out, /Deadline: none verified/);
  });

  it('rejects bad arguments', async () => {
    await usageError(() => lettersCommand(['--format', 'xml'], fakeIo()), /text or json/);
    await usageError(() => lettersCommand(['--verbose'], fakeIo()), /Unknown argument "--verbose"/);
    await usageError(() => lettersCommand(['--format'], fakeIo()), /needs a value/);
    await usageError(() => lettersCommand(['--language', 'xx'], fakeIo()), /No letter matches/);
  });
});

describe('letters: CLI `letter`', () => {
  const base = ['--date', '2026-01-31', '--name', 'Jane Doe', '--controller', 'ACME Ltd'];

  it('prints the filled letter', async () => {
    const io = fakeIo();
    const code = await letterCommand(['eu-gdpr-21-1-en', ...base, '--grounds', 'My situation.', '--email=jane@example.org'], io);
    assert.equal(code, EXIT_OK);
    assert.ok(io.out.startsWith('<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-01-31 to=ACME Ltd -->'));
    assert.ok(io.out.includes('My situation.'));
    assert.ok(io.out.includes('jane@example.org'));
    assert.ok(io.out.includes('that is 2 March 2026.'));
  });

  it('maps camelCase fields to kebab-case flags', async () => {
    const io = fakeIo();
    await letterCommand(['eu-gdpr-12-3-reminder-de', ...base, '--sent-date', '2026-08-01', '--postal-address', 'Hauptstr. 1, 10115 Berlin'], io);
    assert.ok(io.out.includes('am 1. August 2026 habe ich Ihnen einen Widerspruch'));
    assert.ok(io.out.includes('endete diese Frist am 1. September 2026'));
    assert.ok(io.out.includes('Hauptstr. 1, 10115 Berlin'));
  });

  it('names the missing required field', async () => {
    await usageError(() => letterCommand(['eu-gdpr-21-1-en', ...base], fakeIo()), /needs --grounds \(describe your particular situation\)/);
    await usageError(() => letterCommand(['eu-gdpr-21-1-fr', '--grounds', 'x'], fakeIo()), /--name .*--controller/);
  });

  it('rejects unknown ids, unknown flags and bad dates', async () => {
    await usageError(() => letterCommand(['eu-gdpr-99-en'], fakeIo()), /Unknown letter "eu-gdpr-99-en"/);
    await usageError(() => letterCommand([], fakeIo()), /Which letter/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', '--phone', '123'], fakeIo()), /has no field --phone/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', ...base, '--name', 'Again'], fakeIo()), /given twice/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', '--date', '31.01.2026', '--name', 'J', '--controller', 'C'], fakeIo()), /--date: not a calendar date/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', '--name'], fakeIo()), /--name needs a value/);
  });
});

describe('letters: CLI `letter` deadlines (--received, --controller-country, --format json)', () => {
  const objection = ['eu-gdpr-21-1-en', '--name', 'A. Person', '--controller', 'Example SAS', '--grounds', 'I am a journalist.'];
  interface Output {
    id: string;
    deadline: { date: string; from: string; calendar: string | null; holidaysSkipped: string[]; explanation: string } | null;
    markdown: string;
  }
  async function json(args: string[]): Promise<Output> {
    const io = fakeIo();
    assert.equal(await letterCommand([...args, '--format', 'json'], io), EXIT_OK);
    return JSON.parse(io.out) as Output;
  }

  it('French controller, received 2026-04-01: due 2026-05-04, 1 May skipped, counted from receipt', async () => {
    const out = await json([...objection, '--date', '2026-04-01', '--received', '2026-04-01', '--controller-country', 'FR']);
    assert.equal(out.deadline?.date, '2026-05-04');
    assert.equal(out.deadline?.from, 'receipt');
    assert.equal(out.deadline?.calendar, 'FR');
    assert.deepEqual(out.deadline?.holidaysSkipped, ['2026-05-01']);
    assert.match(out.markdown, /^<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-04-01 received=2026-04-01 country=FR to=Example SAS -->/);
    assert.match(out.markdown, /that is 4 May 2026\./);
  });

  it('Irish controller: the same letter is due 2026-05-01', async () => {
    const out = await json([...objection, '--date', '2026-04-01', '--received=same-day', '--controller-country=ie']);
    assert.equal(out.deadline?.date, '2026-05-01');
    assert.equal(out.deadline?.calendar, 'IE');
  });

  it('without --received: the earliest possible end, and says so', async () => {
    const out = await json([...objection, '--date', '2026-04-01', '--controller-country', 'FR']);
    assert.equal(out.deadline?.from, 'earliest');
    assert.match(out.deadline?.explanation ?? '', /earliest possible end/);
    assert.match(out.markdown, /sent=2026-04-01 country=FR to=Example SAS -->/);
  });

  it('CCPA opt-out received 2026-11-25: due 2026-12-18 on the US-CA calendar', async () => {
    const out = await json(['us-ca-1798-120-en', '--name', 'A. Person', '--controller', 'Example Inc.', '--date', '2026-11-25', '--received', 'same-day']);
    assert.equal(out.deadline?.calendar, 'US-CA');
    assert.deepEqual(out.deadline?.holidaysSkipped, ['2026-11-26', '2026-11-27']);
    assert.equal(out.deadline?.date, '2026-12-18');
  });

  it('rejects an unknown country and a bad receipt date', async () => {
    await usageError(() => letterCommand([...objection, '--controller-country', 'ZZ'], fakeIo()), /no holiday calendar for "ZZ"/);
    await usageError(() => letterCommand([...objection, '--received', '2026-02-30'], fakeIo()), /--received: not a calendar date/);
    await usageError(() => letterCommand([...objection, '--format', 'yaml'], fakeIo()), /--format must be markdown or json/);
  });
});
