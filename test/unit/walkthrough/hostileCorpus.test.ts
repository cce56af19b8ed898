// The hostile corpus (test/fixtures/hostile/payloads.json) through the renderer: every payload on
// its own, and the combined files the browser test (test/e2e/hostile.e2e.mjs) opens in the
// preview, in both modes and as a standalone page. The output is read with a tag reader
// (htmlCheck.ts), not searched for substrings, so escaped text that only looks dangerous passes
// and real markup does not.
import assert from 'node:assert/strict';
import { parseWalkthrough, renderStandaloneHtml, renderWalkthroughBody } from '../../../src/core/walkthrough';
import { composeCorpus, expandPayload, payloadHeading, splitWalkthrough, type Payload } from '../../fixtures/hostile/compose.mjs';
import corpus from '../../fixtures/hostile/payloads.json';
import { assertSafeHtml, startTags } from './htmlCheck';

const payloads: readonly Payload[] = corpus;
// The unit test has no beacon server; any origin will do, it must just never appear in a URL.
const BEACON_ORIGIN = 'http://127.0.0.1:9';
const TODAY = '2025-01-01';
const PLACEHOLDER = /\{\{(?:JS|BEACON|BEACON_HOST|B64_SCRIPT_HTML|B64_SVG|ID)\}\}/;
const DEFAULT_STEP = /^1\. Read the notes about \{\{ID\}\} above\.$/m;

interface Rendered {
  label: string;
  html: string;
  page: boolean;
}

function renderAll(text: string): Rendered[] {
  const walkthrough = parseWalkthrough(text);
  return [
    // The editor adapter maps relative images to https webview URIs; so does this stand-in.
    { label: 'preview', page: false, html: renderWalkthroughBody(walkthrough, text, { mode: 'preview', today: TODAY, resolveImage: (src) => `https://webview.example/${src}` }) },
    { label: 'export', page: false, html: renderWalkthroughBody(walkthrough, text, { mode: 'export', today: TODAY }) },
    { label: 'standalone', page: true, html: renderStandaloneHtml(walkthrough, text, { today: TODAY }) },
  ];
}

/** What the browser test asserts in the webview, on the HTML string. */
function assertInert({ label, html, page }: Rendered): void {
  try {
    // Allowed tags only; no <script>, on* attributes, style attributes, srcset, formaction;
    // href only http(s)/mailto/#, src only https, after decoding entities and control characters.
    assertSafeHtml(html, { page });
    const beaconHost = new URL(BEACON_ORIGIN).host;
    for (const tag of startTags(html)) {
      for (const [name, value] of tag.attrs) {
        if (name === 'id') assert.ok(!value.startsWith('pwned-'), `element id ${value}`);
        if (name === 'href' || name === 'src') {
          assert.notEqual(hostOf(value), beaconHost, `<${tag.name} ${name}="${value}"> points at the beacon`);
          assert.doesNotMatch(value, /^[\s\u0000-\u001f]*(?:javascript|vbscript|data|command|file|vscode[a-z-]*):/i, `<${tag.name} ${name}="${value}">`);
        }
      }
    }
    if (page) {
      assert.equal(startTags(html).filter((tag) => tag.name === 'style').length, 1, 'one <style>, the page’s own');
      assert.equal(startTags(html).filter((tag) => tag.name === 'meta' && tag.attrs.some(([n]) => n === 'http-equiv')).length, 1, 'one http-equiv meta, the CSP');
    }
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The host a link or resource would reach, as a browser resolves it (control characters dropped). */
function hostOf(value: string): string {
  try {
    return new URL(value.replace(/[\u0000-\u001f]/g, ''), 'http://document.invalid/').host;
  } catch {
    return '';
  }
}

describe('walkthrough: hostile corpus', () => {
  describe('the corpus', () => {
    it('has at least 60 payloads with unique ids, a category, a context and a description', () => {
      assert.ok(payloads.length >= 60, `${payloads.length} payloads`);
      assert.equal(new Set(payloads.map((p) => p.id)).size, payloads.length, 'ids are unique');
      for (const p of payloads) {
        assert.match(p.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `id ${p.id}`);
        assert.ok(p.category && p.context && p.description, `${p.id} is described`);
      }
    });

    it('gives every payload the shape the browser test combines, and something that would leave a marker', () => {
      for (const p of payloads) {
        assert.match(p.markdown.replace(DEFAULT_STEP, ''), PLACEHOLDER, `${p.id} has no marker placeholder`);
        const parts = splitWalkthrough(expandPayload(p, BEACON_ORIGIN));
        assert.ok(parts.steps.length > 0, `${p.id} has steps`);
        assert.doesNotMatch(parts.intro, /^#{1,6}\s+steps:?\s*$/im, `${p.id}: a second Steps heading would change which list is the checklist`);
      }
    });

    it('puts every payload into exactly one combined file', () => {
      const files = composeCorpus(payloads, BEACON_ORIGIN);
      const ids = files.flatMap((file) => file.ids);
      assert.deepEqual([...ids].sort(), payloads.map((p) => p.id).sort());
      assert.equal(new Set(files.map((file) => file.name)).size, files.length);
    });
  });

  for (const payload of payloads) {
    it(`renders ${payload.id} (${payload.context}) inert`, () => {
      const text = expandPayload(payload, BEACON_ORIGIN);
      for (const rendered of renderAll(text)) assertInert(rendered);
    });
  }

  describe('the combined files the browser test opens', () => {
    for (const file of composeCorpus(payloads, BEACON_ORIGIN)) {
      it(`renders ${file.name} (${file.ids.length} payloads) inert, with every payload and step shown`, () => {
        const rendered = renderAll(file.text);
        for (const output of rendered) assertInert(output);
        const preview = rendered[0]?.html ?? '';
        const tags = startTags(preview);
        const ids = new Set(tags.flatMap((tag) => tag.attrs.filter(([name]) => name === 'id').map(([, value]) => value)));
        for (const id of file.ids) assert.ok(ids.has(payloadHeading(id).elementId), `the heading of ${id} is missing`);
        const steps = tags.filter((tag) => tag.name === 'li' && tag.attrs.some(([name, value]) => name === 'class' && value === 'rto-step'));
        assert.equal(steps.length, file.stepCount, 'steps in the checklist');
      });
    }
  });
});
