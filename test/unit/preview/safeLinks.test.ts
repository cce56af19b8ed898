import assert from 'node:assert/strict';
import { isOpenableHref } from '../../../src/preview/safeLinks';

describe('preview: links the host opens', () => {
  it('opens http(s) pages and mailto: addresses', () => {
    for (const href of ['https://noyb.eu/en', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG', 'mailto:dpo@example.org']) {
      assert.equal(isOpenableHref(href), true, href);
    }
  });

  it('refuses every other scheme, relative paths and disguised schemes', () => {
    for (const href of [
      '',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'https://example.org/\nx',
      'command:workbench.action.terminal.new',
      'vscode:extension/x',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      '#anchor',
      'guide.md',
      '//evil.example/',
      'https:/no-host',
      'mailto:',
      'vbscript:x',
    ]) {
      assert.equal(isOpenableHref(href), false, JSON.stringify(href));
    }
  });
});
