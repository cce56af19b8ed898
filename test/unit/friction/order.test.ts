import assert from 'node:assert/strict';
import { COLUMN_IDS, orderNote, sortRows } from '../../../src/core/friction';
import { rowOf } from './helpers';

// Each pair differs only in the key being tested, so each key of the default order can fail alone.
describe('friction comparison: order', () => {
  it('default order: more steps first', () => {
    const rows = [rowOf('A', ['One.']), rowOf('B', ['One.', 'Two.'])];
    assert.deepEqual(
      sortRows(rows).map((row) => row.title),
      ['B', 'A'],
    );
  });

  it('default order: with equal steps, more verifications first, one-time codes before ID uploads', () => {
    const rows = [rowOf('None', ['a', 'b']), rowOf('Upload', ['[id-upload] a', 'b']), rowOf('Code', ['[otp] a', 'b']), rowOf('Both', ['[otp] a', '[id-upload] b'])];
    assert.deepEqual(
      sortRows(rows).map((row) => row.title),
      ['Both', 'Code', 'Upload', 'None'],
    );
  });

  it('default order: then a demanded justification, then discretion, then the name', () => {
    const rows = [rowOf('Zed', ['a']), rowOf('Alpha', ['a']), rowOf('Discretion', ['[discretion] a']), rowOf('Justify', ['[justify] a'])];
    // [justify] also adds a field; fields are not in the default order, so they do not decide.
    assert.deepEqual(
      sortRows(rows).map((row) => row.title),
      ['Justify', 'Discretion', 'Alpha', 'Zed'],
    );
  });

  it('sorts by any column in either direction, ties in the default order', () => {
    const rows = [rowOf('A', ['[account] a']), rowOf('B', ['a', 'b']), rowOf('C', ['[account] a', 'b', 'c'])];
    for (const column of COLUMN_IDS) {
      assert.equal(sortRows(rows, { column, direction: 'asc' }).length, 3, column);
    }
    assert.deepEqual(
      sortRows(rows, { column: 'accountRequired', direction: 'desc' }).map((row) => row.title),
      ['C', 'A', 'B'],
    );
    assert.deepEqual(
      sortRows(rows, { column: 'accountRequired', direction: 'asc' }).map((row) => row.title),
      ['B', 'C', 'A'],
    );
    assert.deepEqual(
      sortRows(rows, { column: 'company', direction: 'asc' }).map((row) => row.title),
      ['A', 'B', 'C'],
    );
    assert.deepEqual(
      sortRows(rows, { column: 'company', direction: 'desc' }).map((row) => row.title),
      ['C', 'B', 'A'],
    );
  });

  it('does not change the rows it is given', () => {
    const rows = [rowOf('A', ['a']), rowOf('B', ['a', 'b'])];
    sortRows(rows);
    assert.deepEqual(
      rows.map((row) => row.title),
      ['A', 'B'],
    );
  });

  it('describes the order it used', () => {
    assert.match(orderNote(), /Most steps first; then most verifications/);
    assert.equal(orderNote({ column: 'fields', direction: 'asc' }), 'Order: by "Fields", ascending; ties in the default order.');
  });
});
