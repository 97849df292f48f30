/**
 * The parts of the QR code standard (ISO/IEC 18004) our encoder needs: error-correction level M
 * only, versions 1–20 (up to 666 bytes; a check-in token needs about 110, version 6 or 7).
 */
export const MIN_VERSION = 1;
export const MAX_VERSION = 20;

/** Error-correction codewords per block at level M, by version (index 0 unused). */
const ECC_PER_BLOCK_M = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26];

/** Number of error-correction blocks at level M, by version (index 0 unused). */
const BLOCKS_M = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16];

/** Level M's two format bits (L = 01, M = 00, Q = 11, H = 10). */
export const ECL_M_FORMAT_BITS = 0b00;

export const sizeOf = (version: number): number => version * 4 + 17;

/**
 * Modules left for data and error correction once the function patterns are drawn: the whole
 * square minus finders, separators, timing, alignment patterns, format and version information.
 */
export function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const numAlign = Math.floor(version / 7) + 2;
    result -= (25 * numAlign - 10) * numAlign - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

export interface BlockLayout {
  eccPerBlock: number;
  blocks: number;
  /** All codewords (data + error correction). */
  totalCodewords: number;
  dataCodewords: number;
}

export function blockLayout(version: number): BlockLayout {
  const totalCodewords = Math.floor(rawDataModules(version) / 8);
  const eccPerBlock = ECC_PER_BLOCK_M[version];
  const blocks = BLOCKS_M[version];
  return { eccPerBlock, blocks, totalCodewords, dataCodewords: totalCodewords - eccPerBlock * blocks };
}

/** Byte-mode character count field: 8 bits up to version 9, 16 from version 10. */
export const byteCountBits = (version: number): number => (version <= 9 ? 8 : 16);

/** Most bytes a byte-mode code of this version holds at level M. */
export const byteCapacity = (version: number): number =>
  Math.floor((blockLayout(version).dataCodewords * 8 - 4 - byteCountBits(version)) / 8);

/** Centre coordinates of the alignment patterns (both axes), ascending. */
export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const numAlign = Math.floor(version / 7) + 2;
  const step = Math.ceil((version * 4 + 4) / (numAlign * 2 - 2)) * 2;
  const result = [6];
  for (let pos = version * 4 + 10; result.length < numAlign; pos -= step) result.splice(1, 0, pos);
  return result;
}

/** The 15 format bits for level M and a mask: BCH(15,5) with generator 0x537, XOR 0x5412. */
export function formatBits(mask: number): number {
  const data = (ECL_M_FORMAT_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (versions 7+): BCH(18,6) with generator 0x1F25. */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}
