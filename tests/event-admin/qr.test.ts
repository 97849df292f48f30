/**
 * The member's check-in QR code is drawn by our own encoder; these tests hold it to the standard:
 * known vectors (Reed–Solomon codewords, format and version information, capacities, alignment
 * positions) and a round trip through an independent reader that checks every block's syndromes.
 */
import { encodeQr, interleave, dataCodewords } from '../../src/packages/checkin/qr/encode';
import { rsGenerator, rsRemainder } from '../../src/packages/checkin/qr/reed-solomon';
import { alignmentPositions, byteCapacity, formatBits, versionBits } from '../../src/packages/checkin/qr/tables';
import { FORMAT_M, VERSION_INFO, readQr } from './qr-reader';

describe('known vectors', () => {
  it('computes the error-correction codewords of the standard’s 1-M example (HELLO WORLD)', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(rsRemainder(data, rsGenerator(10))).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('writes the format information of level M for each mask', () => {
    for (let mask = 0; mask < 8; mask++) expect(formatBits(mask).toString(2).padStart(15, '0')).toBe(FORMAT_M[mask]);
  });

  it('writes the version information of versions 7–10', () => {
    for (const v of [7, 8, 9, 10]) expect(versionBits(v).toString(2).padStart(18, '0')).toBe(VERSION_INFO[v]);
  });

  it('has the standard’s byte capacities at level M', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(byteCapacity)).toEqual([14, 26, 42, 62, 84, 106, 122, 152, 180, 213]);
    expect(byteCapacity(20)).toBe(666);
  });

  it('places alignment patterns where the standard does', () => {
    expect(alignmentPositions(1)).toEqual([]);
    expect(alignmentPositions(2)).toEqual([6, 18]);
    expect(alignmentPositions(7)).toEqual([6, 22, 38]);
    expect(alignmentPositions(14)).toEqual([6, 26, 46, 66]);
    expect(alignmentPositions(20)).toEqual([6, 34, 62, 90]);
  });

  it('pads data with the standard’s alternating bytes', () => {
    // 'A' in byte mode at 1-M: 0100 00000001 01000001 0000, then 0xEC 0x11 ...
    expect(dataCodewords([0x41], 1)).toEqual([
      0x40, 0x14, 0x10, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec,
    ]);
  });

  it('interleaves blocks of different lengths data-first, then error correction', () => {
    // 8-M: 2 blocks of 38 then 2 of 39 data codewords, 22 error codewords each: 242 in all.
    const data = Array.from({ length: 154 }, (_, i) => i);
    const out = interleave(data, 8);
    expect(out).toHaveLength(242);
    expect(out.slice(0, 4)).toEqual([0, 38, 76, 115]);
    expect(out.slice(148, 152)).toEqual([37, 75, 113, 152]);
    // The last data column only has the long blocks' 39th codewords; error correction follows.
    expect(out.slice(152, 154)).toEqual([114, 153]);
    const starts = [0, 38, 76, 115];
    const ends = [38, 76, 115, 154];
    expect(out.slice(154, 158)).toEqual(
      starts.map((start, b) => rsRemainder(data.slice(start, ends[b]), rsGenerator(22))[0]),
    );
  });
});

const token = (n: number) => `UH1.ev-autumn-2026_o-worker-${'x'.repeat(n)}.mj3k8a2.mj3k8a2xy.${'A'.repeat(43)}`;

describe('round trip through an independent reader', () => {
  it.each([
    ['a short text', 'UH1'],
    ['Chinese text (UTF-8)', '工会娘家人签到'],
    ['a check-in token', token(20)],
    ['a long token (version 10)', token(120)],
    ['exactly a version’s capacity', 'z'.repeat(106)],
    ['one byte past it', 'z'.repeat(107)],
  ])('reads back %s', (_label, text) => {
    const qr = encodeQr(text);
    const read = readQr(qr.modules);
    expect(read.text).toBe(text);
    expect(read.version).toBe(qr.version);
    expect(read.mask).toBe(qr.mask);
  });

  it('reads back every mask', () => {
    for (let mask = 0; mask < 8; mask++) {
      const text = token(8);
      expect(readQr(encodeQr(text, mask).modules)).toMatchObject({ text, mask });
    }
  });

  it('picks the smallest version that holds the text', () => {
    expect(encodeQr('z'.repeat(106)).version).toBe(6);
    expect(encodeQr('z'.repeat(107)).version).toBe(7);
    expect(encodeQr('z'.repeat(213)).version).toBe(10);
  });

  it('is caught by the reader when a data module is wrong (the check can fail)', () => {
    const qr = encodeQr(token(20));
    const broken = qr.modules.map((row) => [...row]);
    const y = qr.size - 1;
    const x = qr.size - 1;
    broken[y][x] = !broken[y][x];
    expect(() => readQr(broken)).toThrow(/Reed–Solomon/);
  });

  it('refuses text longer than version 20 holds', () => {
    expect(() => encodeQr('z'.repeat(667))).toThrow(/too long/);
  });
});
