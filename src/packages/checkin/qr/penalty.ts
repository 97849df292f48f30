/**
 * The standard's penalty score of a masked symbol (ISO/IEC 18004 §7.8.3): the encoder keeps the
 * mask with the lowest, which makes the code easier for a phone camera to read.
 */
const N1 = 3;
const N2 = 3;
const N3 = 40;
const N4 = 10;

/** 1:1:3:1:1 finder-like run with four light modules on one side. */
const FINDER_LIKE = [
  [true, false, true, true, true, false, true, false, false, false, false],
  [false, false, false, false, true, false, true, true, true, false, true],
];

function lineScore(line: boolean[]): number {
  let score = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) {
      run++;
      continue;
    }
    if (run >= 5) score += N1 + (run - 5);
    run = 1;
  }
  for (let i = 0; i + 11 <= line.length; i++) {
    for (const pattern of FINDER_LIKE) {
      if (pattern.every((v, k) => line[i + k] === v)) score += N3;
    }
  }
  return score;
}

export function penaltyScore(dark: boolean[][]): number {
  const size = dark.length;
  let score = 0;
  for (let y = 0; y < size; y++) score += lineScore(dark[y]);
  for (let x = 0; x < size; x++) score += lineScore(dark.map((row) => row[x]));
  for (let y = 0; y + 1 < size; y++) {
    for (let x = 0; x + 1 < size; x++) {
      const c = dark[y][x];
      if (c === dark[y][x + 1] && c === dark[y + 1][x] && c === dark[y + 1][x + 1]) score += N2;
    }
  }
  const total = size * size;
  const darkCount = dark.reduce((n, row) => n + row.filter(Boolean).length, 0);
  // Each full 5% step away from half dark costs N4.
  const k = Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1;
  return score + Math.max(0, k) * N4;
}
