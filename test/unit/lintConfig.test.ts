import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs, parseLintConfig } from '../../src/core/vague/lintConfig';
import { addToAllowList, parseWorkspaceFile } from '../../src/core/config/workspaceFile';

describe('parseLintConfig', () => {
  it('accepts valid values', () => {
    const { config, problems } = parseLintConfig({ scope: 'quotes', categorySeverity: { 'hedged-modality': 'off' }, allowList: ['partners'] }, 'x.');
    assert.deepEqual(problems, []);
    // Maps keyed by user text have no prototype (#19); compare their contents.
    assert.deepEqual({ ...config, categorySeverity: { ...config.categorySeverity } }, { scope: 'quotes', categorySeverity: { 'hedged-modality': 'off' }, allowList: ['partners'] });
    assert.equal(Object.getPrototypeOf(config.categorySeverity), null);
  });
  it('reports one problem per bad key, naming the setting, and keeps the good keys', () => {
    const { config, problems } = parseLintConfig({ scope: 'sometimes', enabled: false, ruleSeverity: { 'such-as': 'loud' } }, 'rightToObject.diagnostics.');
    assert.deepEqual(config, { enabled: false });
    assert.equal(problems.length, 2);
    assert.match(problems[0]!.setting, /^rightToObject\.diagnostics\.scope/);
    assert.match(problems[0]!.message, /using the default \("auto"\)/);
    assert.match(problems[1]!.setting, /^rightToObject\.diagnostics\.ruleSeverity\[such-as\]/);
  });
  it('rejects unknown keys and extra phrases the matcher cannot use', () => {
    const { problems } = parseLintConfig({ colour: 'red', extraPhrases: [{ phrase: '50% off', message: 'm' }] }, 'p.');
    assert.deepEqual(
      problems.map((p) => p.setting.replace(/\[.*$/, '')),
      ['p.colour', 'p.extraPhrases'],
    );
  });
  it('fills defaults for extra phrases', () => {
    const { config } = parseLintConfig({ extraPhrases: [{ phrase: 'industry partners', message: 'Who?' }] }, 'p.');
    assert.deepEqual(config.extraPhrases, [{ phrase: 'industry partners', message: 'Who?', severity: 'warning', category: 'open-purposes' }]);
  });
  it('treats a non-object as one problem', () => {
    assert.equal(parseLintConfig('yes', 'p.').problems.length, 1);
  });
});

describe('mergeLintConfigs', () => {
  it('lets later layers win per key and adds up lists', () => {
    const merged = mergeLintConfigs({ scope: 'quotes', allowList: ['a'], ruleSeverity: { x: 'off' } }, { scope: 'everything', allowList: ['b'], ruleSeverity: { y: 'error' } });
    assert.equal(merged.scope, 'everything');
    assert.deepEqual(merged.allowList, ['a', 'b']);
    assert.deepEqual({ ...merged.ruleSeverity }, { x: 'off', y: 'error' });
    assert.equal(merged.enabled, DEFAULT_LINT_CONFIG.enabled);
  });
  it('does not mutate the defaults', () => {
    mergeLintConfigs({ allowList: ['z'] });
    assert.deepEqual(DEFAULT_LINT_CONFIG.allowList, []);
  });
});

describe('.right-to-object.json', () => {
  it('reads the diagnostics section', () => {
    const parsed = parseWorkspaceFile('{ "diagnostics": { "scope": "quotes" } }');
    assert.deepEqual(parsed, { diagnostics: { scope: 'quotes' }, problems: [] });
  });
  it('reports a syntax error naming the file, without throwing', () => {
    const parsed = parseWorkspaceFile('{ "diagnostics": ', 'team.json');
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0]!.setting, /^team\.json$/);
    assert.match(parsed.problems[0]!.message, /not valid JSON/);
  });
  it('names a bad key with its file', () => {
    const parsed = parseWorkspaceFile('{ "diagnostics": { "scope": 3 }, "other": 1 }');
    assert.deepEqual(
      parsed.problems.map((p) => p.setting),
      ['.right-to-object.json: other', '.right-to-object.json: diagnostics.scope'],
    );
  });
  it('adds to the allow-list, keeping other content and not duplicating', () => {
    const once = addToAllowList('{ "$schema": "s", "diagnostics": { "scope": "quotes", "allowList": ["Partners"] } }', 'affiliates');
    assert.deepEqual(JSON.parse(once), { $schema: 's', diagnostics: { scope: 'quotes', allowList: ['Partners', 'affiliates'] } });
    assert.equal(addToAllowList(once, 'partners'), once);
    assert.deepEqual(JSON.parse(addToAllowList(undefined, 'x')), { diagnostics: { allowList: ['x'] } });
  });
  it('refuses to rewrite a file that is not an object', () => {
    assert.throws(() => addToAllowList('[1]', 'x'), /does not contain a JSON object/);
  });
});
