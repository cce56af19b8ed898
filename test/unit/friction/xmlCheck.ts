// A strict enough XML well-formedness check for the generated SVG: every tag closed in order,
// attributes quoted and unique, only the five predefined entities or numeric references, no raw
// "<" or "&" in text, and no characters XML 1.0 forbids.
import assert from 'node:assert/strict';

const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function assertWellFormedXml(xml: string): void {
  assert.doesNotMatch(xml, FORBIDDEN, 'a character XML 1.0 forbids');
  const open: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    assert.doesNotMatch(text, BAD_ENTITY, `bare "&" in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (open.length === 0) assert.equal(text.trim(), '', `text outside the root element: ${JSON.stringify(text.slice(0, 40))}`);
    if (lt < 0) break;
    const match = TAG.exec(xml.slice(lt));
    assert.ok(match, `malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`);
    const [whole, closing, name, attributes = '', selfClosing] = match;
    if (closing) {
      assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    } else {
      const seen = new Set<string>();
      for (const attribute of attributes.matchAll(ATTRIBUTE)) {
        assert.ok(!seen.has(attribute[1]!), `duplicate attribute ${attribute[1]}`);
        seen.add(attribute[1]!);
        assert.doesNotMatch(attribute[2] ?? attribute[3] ?? '', BAD_ENTITY, `bare "&" in ${attribute[1]}`);
      }
      if (open.length === 0) roots += 1;
      if (!selfClosing) open.push(name!);
    }
    i = lt + whole.length;
  }
  assert.deepEqual(open, [], 'unclosed elements');
  assert.equal(roots, 1, 'one root element');
}
