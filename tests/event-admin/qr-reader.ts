/**
 * A minimal QR reader for the encoder's tests, written from the standard (ISO/IEC 18004) apart
 * from the encoder: its own tables, its own function-pattern map, its own GF(256) arithmetic. It
 * reads level-M, byte-mode symbols of versions 1–10, checks every block's Reed–Solomon syndromes
 * and returns the text, so a symbol that a phone could not read fails here.
 */

/** Format information for level M, masks 0–7 (the standard's table C.1). */
export const FORMAT_M = [
  '101010000010010',
  '101000100100101',
  '101111001111100',
  '101101101001011',
  '100010111111001',
  '100000011001110',
  '100111110010111',
  '100101010100000',
];

/** Version information, versions 7–10 (table D.1). */
export const VERSION_INFO: Record<number, string> = {
  7: '000111110010010100',
  8: '001000010110111100',
  9: '001001101010011001',
  10: '001010010011010011',
};

/** Alignment pattern centres (table E.1). */
const ALIGN: Record<number, number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
};

/** Level-M block structure (table 9): groups of [count, data codewords], error codewords per block. */
const BLOCKS: Record<number, { groups: [number, number][]; ecc: number }> = {
  1: { groups: [[1, 16]], ecc: 10 },
  2: { groups: [[1, 28]], ecc: 16 },
  3: { groups: [[1, 44]], ecc: 26 },
  4: { groups: [[2, 32]], ecc: 18 },
  5: { groups: [[2, 43]], ecc: 24 },
  6: { groups: [[4, 27]], ecc: 16 },
  7: { groups: [[4, 31]], ecc: 18 },
  8: {
    groups: [
      [2, 38],
      [2, 39],
    ],
    ecc: 22,
  },
  9: {
    groups: [
      [3, 36],
      [2, 37],
    ],
    ecc: 22,
  },
  10: {
    groups: [
      [4, 43],
      [1, 44],
    ],
    ecc: 26,
  },
};

const EXP: number[] = [];
const LOG: number[] = new Array(256).fill(0);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 0x100) x ^= 0x11d;
}
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[(LOG[a] + LOG[b]) % 255]);

/** The codeword polynomial evaluated at α^0..α^(n-1): all zero for an intact block. */
export function syndromes(block: number[], n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (const c of block) acc = mul(acc, EXP[i]) ^ c;
    out.push(acc);
  }
  return out;
}

function maskAt(mask: number, row: number, col: number): boolean {
  const i = row;
  const j = col;
  return [
    (i + j) % 2 === 0,
    i % 2 === 0,
    j % 3 === 0,
    (i + j) % 3 === 0,
    (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
    ((i * j) % 2) + ((i * j) % 3) === 0,
    (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
    (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
  ][mask];
}

function reservedMap(version: number): boolean[][] {
  const size = version * 4 + 17;
  const r = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (row: number, col: number) => {
    if (row >= 0 && col >= 0 && row < size && col < size) r[row][col] = true;
  };
  // Finders with separators, and the format areas beside them.
  for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) mark(a, b);
  for (let a = 0; a < 9; a++) for (let b = size - 8; b < size; b++) mark(a, b);
  for (let a = size - 8; a < size; a++) for (let b = 0; b < 9; b++) mark(a, b);
  for (let k = 0; k < size; k++) {
    mark(6, k);
    mark(k, 6);
  }
  const centres = ALIGN[version];
  for (const cr of centres) {
    for (const cc of centres) {
      if ((cr < 9 && cc < 9) || (cr < 9 && cc > size - 9) || (cr > size - 9 && cc < 9)) continue;
      for (let a = -2; a <= 2; a++) for (let b = -2; b <= 2; b++) mark(cr + a, cc + b);
    }
  }
  if (version >= 7) {
    for (let a = 0; a < 6; a++) {
      for (let b = size - 11; b < size - 8; b++) {
        mark(a, b);
        mark(b, a);
      }
    }
  }
  return r;
}

export interface ReadResult {
  text: string;
  version: number;
  mask: number;
}

const str = (bits: boolean[]) => bits.map((b) => (b ? '1' : '0')).join('');

/** Reads a symbol given as modules[row][col] (true = dark). Throws on anything unreadable. */
export function readQr(modules: boolean[][]): ReadResult {
  const size = modules.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || !BLOCKS[version]) throw new Error(`unsupported size ${size}`);
  const at = (row: number, col: number) => modules[row][col];

  // Finder patterns: dark ring, light ring, dark 3×3 core, light separator.
  for (const [r0, c0] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ]) {
    for (let a = -1; a <= 7; a++) {
      for (let b = -1; b <= 7; b++) {
        const row = r0 + a;
        const col = c0 + b;
        if (row < 0 || col < 0 || row >= size || col >= size) continue;
        const d = Math.max(Math.abs(a - 3), Math.abs(b - 3));
        if (at(row, col) !== (d !== 2 && d !== 4)) throw new Error(`finder broken at ${row},${col}`);
      }
    }
  }
  for (let k = 8; k < size - 8; k++) {
    if (at(6, k) !== (k % 2 === 0) || at(k, 6) !== (k % 2 === 0)) throw new Error('timing pattern broken');
  }
  if (!at(size - 8, 8)) throw new Error('dark module missing');

  // Format information, copy 1 (around the top-left finder), most significant bit first.
  const f1: boolean[] = [];
  for (let col = 0; col <= 5; col++) f1.push(at(8, col));
  f1.push(at(8, 7), at(8, 8), at(7, 8));
  for (let row = 5; row >= 0; row--) f1.push(at(row, 8));
  // Copy 2: up the left column from the bottom, then along row 8 on the right.
  const f2: boolean[] = [];
  for (let row = size - 1; row >= size - 7; row--) f2.push(at(row, 8));
  for (let col = size - 8; col < size; col++) f2.push(at(8, col));
  const format = str(f1);
  if (format !== str(f2)) throw new Error(`format copies differ: ${format} / ${str(f2)}`);
  const mask = FORMAT_M.indexOf(format);
  if (mask < 0) throw new Error(`format ${format} is not level M`);

  if (version >= 7) {
    // Bottom-left block, most significant bit first: bit i sits at row size-11+(i%3), col floor(i/3).
    const v: boolean[] = [];
    for (let i = 17; i >= 0; i--) v.push(at(size - 11 + (i % 3), Math.floor(i / 3)));
    if (str(v) !== VERSION_INFO[version]) throw new Error(`version info ${str(v)}`);
  }

  // Data bits in placement order, unmasked.
  const reserved = reservedMap(version);
  const bits: boolean[] = [];
  let upward = true;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (let k = 0; k < size; k++) {
      const row = upward ? size - 1 - k : k;
      for (const c of [col, col - 1]) {
        if (!reserved[row][c]) bits.push(at(row, c) !== maskAt(mask, row, c));
      }
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | (b ? 1 : 0), 0));

  // De-interleave and check each block.
  const { groups, ecc } = BLOCKS[version];
  const lengths = groups.flatMap(([count, len]) => new Array<number>(count).fill(len));
  const blocks = lengths.map(() => [] as number[]);
  let p = 0;
  for (let j = 0; j < Math.max(...lengths); j++) lengths.forEach((len, b) => j < len && blocks[b].push(codewords[p++]));
  for (let j = 0; j < ecc; j++) blocks.forEach((blk) => blk.push(codewords[p++]));
  blocks.forEach((blk, b) => {
    if (syndromes(blk, ecc).some((s) => s !== 0)) throw new Error(`block ${b} fails its Reed–Solomon check`);
  });
  const data = blocks.flatMap((blk, b) => blk.slice(0, lengths[b]));

  // Byte-mode segment.
  const dataBits = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  let q = 0;
  const take = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | dataBits[q++];
    return v;
  };
  const modeBits = take(4);
  if (modeBits !== 0b0100) throw new Error(`mode ${modeBits.toString(2)} is not byte mode`);
  const count = take(version <= 9 ? 8 : 16);
  const bytes: number[] = [];
  for (let i = 0; i < count; i++) bytes.push(take(8));
  return { text: Buffer.from(bytes).toString('utf8'), version, mask };
}
