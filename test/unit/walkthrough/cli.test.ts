import assert from 'node:assert/strict';
import { createWalkthroughCommand } from '../../../src/cli/commands/walkthrough';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../../../src/cli/io';
import { fakeIo } from '../fakeCliIo';

const GOOD = '---\ntitle: Guide\ndeadline: 2025-01-10\n---\n1. [email] Give your email.\n2. [otp] Enter the code.\n';
const BAD = '---\ntitle: Guide\ndeadline: 2025-02-30\n---\n1. [bogus] x\n';
const command = createWalkthroughCommand(() => '2025-01-01');

describe('walkthrough: CLI command', () => {
  it('prints a standalone HTML page by default, relative to the working directory', async () => {
    const io = fakeIo({ '/work/space/guide.md': GOOD });
    assert.equal(await command(['guide.md'], io), EXIT_OK);
    assert.deepEqual(io.reads, ['/work/space/guide.md']);
    const out = io.out;
    assert.match(out, /^<!DOCTYPE html>/);
    assert.match(out, /rto-deadline-soon/, 'uses the injected date');
    assert.equal(io.err, '');
  });

  it('prints JSON with title, steps, friction and problems', async () => {
    const io = fakeIo({ '/abs/guide.md': GOOD });
    assert.equal(await command(['--format', 'json', '/abs/guide.md'], io), EXIT_OK);
    const json = JSON.parse(io.out) as Record<string, unknown>;
    assert.equal(json['title'], 'Guide');
    assert.deepEqual(
      (json['steps'] as Array<{ tags: string[]; text: string }>).map((s) => [s.tags, s.text]),
      [
        [['email'], 'Give your email.'],
        [['otp'], 'Enter the code.'],
      ],
    );
    assert.equal((json['friction'] as { fieldsToFill: number }).fieldsToFill, 1);
    assert.deepEqual(json['problems'], []);
  });

  it('accepts --format=json too', async () => {
    const io = fakeIo({ '/work/space/g.md': GOOD });
    assert.equal(await command(['--format=json', 'g.md'], io), EXIT_OK);
    assert.doesNotThrow(() => JSON.parse(io.out));
  });

  it('reports problems on stderr as file:line:col and exits 1 on errors', async () => {
    const io = fakeIo({ '/work/space/bad.md': BAD });
    assert.equal(await command(['bad.md', '--format', 'json'], io), EXIT_FINDINGS);
    const err = io.err;
    assert.match(err, /^bad\.md:3:11: error: "deadline": /m);
    assert.match(err, /^bad\.md:5:4: warning: Unknown friction tag "\[bogus\]"/m);
    assert.equal(io.stdoutWrites, 1, 'still prints the output');
  });

  it('exits 0 when there are only warnings', async () => {
    const io = fakeIo({ '/work/space/w.md': '---\ntitle: T\n---\n1. [bogus] x\n' });
    assert.equal(await command(['w.md'], io), EXIT_OK);
    assert.equal(io.stderrWrites, 1);
  });

  it('turns an unreadable file into a one-line usage error', async () => {
    const io = fakeIo({});
    await assert.rejects(command(['missing.md'], io), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /^Cannot read missing\.md: ENOENT/);
      assert.ok(!error.message.includes('\n'));
      return true;
    });
  });

  it('rejects bad usage with UsageError', async () => {
    for (const args of [[], ['a.md', 'b.md'], ['--format', 'pdf', 'a.md'], ['--format'], ['--nope', 'a.md']]) {
      await assert.rejects(command(args, fakeIo({})), UsageError, JSON.stringify(args));
    }
  });

  it('prints usage for --help', async () => {
    const io = fakeIo({});
    assert.equal(await command(['--help'], io), EXIT_OK);
    assert.match(io.out, /^Usage: right-to-object walkthrough FILE/);
  });
});
