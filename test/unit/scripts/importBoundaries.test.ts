// The folder boundaries ESLint enforces (scripts/eslint/importBoundaries.mjs), on small sources:
// each forbidden import is reported, each allowed one is not. The src/core loop check reads the real tree.
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { importBoundaries } from '../../../scripts/eslint/importBoundaries.mjs';

const at = (path: string) => join(process.cwd(), path);

describe('ESLint import boundaries', () => {
  const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } });
  tester.run('import-boundaries', importBoundaries, {
    valid: [
      { filename: at('src/core/vague/linter.ts'), code: "import { expandPattern } from '../match/expandPattern';" },
      { filename: at('src/core/letters/fill.ts'), code: "import { parse } from 'yaml';" },
      { filename: at('src/core/directory/search.ts'), code: "import { foldText } from '../text/foldText';" },
      { filename: at('src/core/config/workspaceFile.ts'), code: "import { parseLintConfig } from '../vague/lintConfig';" },
      { filename: at('src/vague/vagueLanguageHover.ts'), code: "import * as vscode from 'vscode'; import { log } from '../platform/log'; import type { Rule } from '../core/vague/ruleSchema';" },
      { filename: at('src/letters/insertFollowUp.ts'), code: "import { addressLetter } from '../directory/letterAddressing';" },
      { filename: at('src/platform/lazyModules.ts'), code: "const engine = require('../core/lintEngine');" },
      { filename: at('src/extension.ts'), code: "import { registerLetters } from './letters/registerLetters';" },
      { filename: at('test/unit/x.test.ts'), code: "import * as vscode from 'vscode'; import { a } from '../../src/vague/a';" },
    ],
    invalid: [
      { filename: at('src/core/vague/finding.ts'), code: "import type * as vscode from 'vscode';", errors: [{ messageId: 'vscodeInCore' }] },
      { filename: at('src/core/lintEngine.ts'), code: "import { log } from '../platform/log';", errors: [{ messageId: 'outsideCore' }] },
      { filename: at('src/core/vague/linter.ts'), code: "export { x } from '../../vague/x';", errors: [{ messageId: 'outsideCore' }] },
      // The cycle that was: directory importing letters while letters imports directory.
      { filename: at('src/directory/letterAddressing.ts'), code: "import type { DocumentContext } from '../letters/documentContext';", errors: [{ messageId: 'upward' }] },
      { filename: at('src/platform/log.ts'), code: "import { x } from '../vague/x';", errors: [{ messageId: 'upward' }] },
      { filename: at('src/vague/x.ts'), code: "const p = import('../preview/y');", errors: [{ messageId: 'upward' }] },
      { filename: at('src/letters/x.ts'), code: "const e = require('../extension');", errors: [{ messageId: 'upward' }] },
      { filename: at('src/newFeature/x.ts'), code: "import { log } from '../platform/log';", errors: [{ messageId: 'unknownFolder' }] },
      // Inside src/core, against the real tree: src/core/directory imports src/core/text (search.ts), so text may not import directory
      // (the loop that was: text/wordSearch.ts taking foldText from directory/normalize.ts).
      { filename: at('src/core/text/wordSearch.ts'), code: "import { foldText } from '../directory/normalize';", errors: [{ messageId: 'coreCycle' }] },
      // src/core/config/workspaceFile.ts imports vague/lintConfig.ts, so vague may not import config (the loop that was).
      { filename: at('src/core/vague/lintDocument.ts'), code: "import type { X } from '../config/workspaceFile';", errors: [{ messageId: 'coreCycle' }] },
    ],
  });
});
