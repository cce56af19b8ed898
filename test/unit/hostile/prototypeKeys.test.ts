// Issue #19, prototype keys: a key a user wrote ("constructor", "toString", "__proto__") is data,
// never a property of Object.prototype.
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { mergeLintConfigs, parseLintConfig } from '../../../src/core/vague/lintConfig';
import { parseWorkspaceFile } from '../../../src/core/config/workspaceFile';
import { authoritiesFor } from '../../../src/core/directory';
import { languageName } from '../../../src/core/directory/recipient';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { parseWalkthrough } from '../../../src/core/walkthrough';
import { fakeIo } from '../fakeCliIo';

const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('hostile input: prototype keys (#19)', () => {
  it('.right-to-object.json with a prototype key under "diagnostics" is an unknown setting, not a crash', () => {
    for (const key of PROTOTYPE_KEYS) {
      const contents = parseWorkspaceFile(`{"diagnostics":{"${key}":1}}`);
      assert.equal(contents.problems.length, 1, key);
      assert.match(contents.problems[0]!.message, /is not a known setting/, key);
      assert.deepEqual(Object.keys(contents.diagnostics), [], key);
    }
  });

  it('a "__proto__" rule id stays an own key and gives no other rule a severity', () => {
    const raw = JSON.parse('{"ruleSeverity":{"__proto__":"off","toString":"error"}}') as unknown;
    const { config, problems } = parseLintConfig(raw, 'rightToObject.diagnostics.');
    assert.deepEqual(problems, []);
    // A layer built by hand (as a settings object can be): Object.assign would run the __proto__ setter.
    const merged = mergeLintConfigs(config, { ruleSeverity: JSON.parse('{"__proto__":{"third-parties":"off"}}') as Record<string, 'off'> });
    assert.equal(Object.getPrototypeOf(merged.ruleSeverity), null);
    assert.equal(merged.ruleSeverity['third-parties'], undefined);
    assert.equal(Object.hasOwn(merged.ruleSeverity, '__proto__'), true);
    assert.ok(lintDocument('We may share data with third parties.', { kind: 'plaintext', config: merged }).length > 0);
  });

  it('the command line answers "unknown command" to prototype names, with no stack trace', async () => {
    for (const name of PROTOTYPE_KEYS) {
      const io = fakeIo();
      const code = await runCli([name], io);
      assert.equal(code, 2, name);
      assert.match(io.err, /unknown command/, name);
      assert.doesNotMatch(io.err, /\n\s+at /, name);
    }
  });

  it('a friction tag named like a prototype property is an unknown tag', () => {
    // "__proto__" cannot be written as a tag (tags start with a letter); the others can.
    for (const key of PROTOTYPE_KEYS.filter((k) => /^[a-z]/i.test(k))) {
      const walkthrough = parseWalkthrough(`---\ntitle: T\n---\n1. [${key}] Open the form.\n`);
      assert.ok(
        walkthrough.problems.some((p) => p.code === 'unknown-tag'),
        key,
      );
      assert.deepEqual(walkthrough.steps[0]?.tags ?? [], [], key);
    }
  });

  it('country and language codes named like prototype properties are unknown', () => {
    for (const key of PROTOTYPE_KEYS) {
      assert.deepEqual(authoritiesFor([], key), [], key);
      assert.equal(languageName(key), key);
    }
  });
});
