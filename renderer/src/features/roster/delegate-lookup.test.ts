import { describe, expect, it } from 'vitest';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { codeKey } from '../../../../shared/domain/roster/code';
import { delegateFields } from '../../../../tests/support/domain';
import { buildDelegateIndex } from './delegate-index';
import { lookUpDelegate } from './delegate-lookup';

const delegate = (id: string, code: string, fullName: string, listOrder: number): Delegate => ({ ...delegateFields(code, { fullName }), id, listOrder });
const roster = [delegate('d1', 'DB001', 'Nguyễn Văn An', 0), delegate('d2', 'DB002', 'Trần Thị Bình', 1), delegate('d3', 'DB003', 'Nguyễn Thị Bình', 2)];
const index = buildDelegateIndex(roster);
const byCode = (text: string) => roster.find((d) => codeKey(d.code) === codeKey(text));

describe('looking up what was typed at a delegate search', () => {
  it('takes the highlighted suggestion before anything the text says', () => {
    expect(lookUpDelegate('DB001', roster[2], index, byCode)).toEqual({ kind: 'suggestion', delegate: roster[2] });
  });

  it('reads a scanned code as that delegate, whatever the case', () => {
    expect(lookUpDelegate('db002', undefined, index, byCode)).toEqual({ kind: 'code', code: 'db002', delegate: roster[1] });
  });

  it('finds the one delegate a name matches, without diacritics', () => {
    expect(lookUpDelegate('van an', undefined, index, byCode)).toEqual({ kind: 'name', delegate: roster[0] });
  });

  it('asks for a choice when several match, and says when nobody does', () => {
    expect(lookUpDelegate('binh', undefined, index, byCode)).toEqual({ kind: 'several', text: 'binh' });
    expect(lookUpDelegate('DB999', undefined, index, byCode)).toEqual({ kind: 'none', text: 'DB999' });
  });
});
