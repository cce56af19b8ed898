import assert from 'node:assert/strict';
import { findUnfilledPlaceholders, templateFields, unfilledMarker } from '../../../src/core/letters/placeholders';

describe('letters: placeholders', () => {
  it('lists template fields once, in order of first use', () => {
    assert.deepEqual(templateFields('{{name}} wrote to {{controller}}; {{name}} again {{ spaced }} {{Bad}}'), ['name', 'controller']);
  });

  it('builds the visible marker', () => {
    assert.equal(unfilledMarker('grounds', 'describe your particular situation'), '[[grounds: describe your particular situation]]');
  });

  it('reports exact UTF-16 offsets, also after astral characters and accents', () => {
    const text = 'A😀 [[grounds: x y]] — Zoë [[name: your full name]]';
    assert.deepEqual(findUnfilledPlaceholders(text), [
      { field: 'grounds', label: 'x y', start: 4, end: 20 },
      { field: 'name', label: 'your full name', start: 27, end: 51 },
    ]);
  });

  it('finds markers on later lines with CRLF line ends', () => {
    const text = 'Line one\r\n\r\n[[sentDate: date your earlier letter was sent, YYYY-MM-DD]]\r\n';
    const [found] = findUnfilledPlaceholders(text);
    assert.equal(found?.start, 12);
    assert.equal(found?.end, text.length - 2);
    assert.equal(found?.label, 'date your earlier letter was sent, YYYY-MM-DD');
  });

  it('ignores wiki links, Markdown references and markers broken across lines', () => {
    const text = '[[Wiki Page]] [link][ref] [[Grounds: capital]] [[grounds:no space]] [[grounds: split\nacross]] [[a b: c]]';
    assert.deepEqual(findUnfilledPlaceholders(text), []);
  });
});
