import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrRaster, qrSvgPath } from './qr.js';
import { badgeData, badgesFor, qrPayloadOf } from './badge.js';
import { decodeQr } from '../../tests/support/qr.js';
import { delegateOf, handDesk, idOf, rosterDesk } from '../../tests/support/credentials.js';
import { checkIn } from '../domain/attendance/commands.js';

function roundTrip(text: string, scale = 4): string | null {
  const raster = qrRaster(qrMatrix(text), scale);
  return decodeQr(raster.data, raster.width, raster.height);
}

describe('badge QR codes', () => {
  it('decode to exactly the delegate code', () => {
    for (const code of ['DB001', 'DK01', 'db-250', 'ĐB-Ư01', 'T 006']) expect(roundTrip(code)).toBe(code);
  });

  it('are small for a short code, so a scanner reads them from afar', () => {
    expect(qrMatrix('DB001').size).toBe(21);
  });

  it('draw each dark module exactly once in the SVG path', () => {
    const matrix = qrMatrix('DB001');
    const { d, side } = qrSvgPath(matrix);
    expect(side).toBe(matrix.size + 2 * QUIET_ZONE);
    const width = [...d.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(width).toBe(matrix.dark.filter(Boolean).length);
    // The top-left finder pattern starts with a run of 7 dark modules inside the quiet zone.
    expect(d.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`)).toBe(true);
  });

  it('check the delegate in when the decoded text is typed at the check-in input', () => {
    const desk = handDesk();
    const badge = badgeData(desk.state, delegateOf(desk, 'B03'));
    expect(badge).toMatchObject({ fullName: 'Nguyễn Văn B03', code: 'B03', qrPayload: 'B03', organisation: 'Chi bộ B', category: 'elected', congressName: 'Đại hội đại biểu lần thứ XX' });
    const scanned = roundTrip(badge.qrPayload);
    expect(scanned).toBe('B03');
    const outcome = desk.run(checkIn, { sittingId: 'am', target: { kind: 'code', code: scanned ?? '' }, method: 'code' });
    expect(outcome).toMatchObject({ kind: 'checkedIn', delegateId: idOf(desk, 'B03'), counted: true });
  });

  it('gives badges for all delegates or a selection, in the order asked for', () => {
    const desk = rosterDesk();
    expect(badgesFor(desk.state, null, 'roster').map((b) => b.code).slice(0, 3)).toEqual(['A01', 'A02', 'A03']);
    expect(badgesFor(desk.state, [idOf(desk, 'G01'), idOf(desk, 'A02')], 'organisation').map((b) => b.code)).toEqual(['A02', 'G01']);
    expect(qrPayloadOf({ code: 'DB001' })).toBe('DB001');
  });
});
