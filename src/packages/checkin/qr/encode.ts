/**
 * A small QR code encoder of our own (no dependency ships to the phone): byte mode, error
 * correction level M, versions 1–20, the mask chosen by the standard's penalty score. Enough for
 * the ~110-character check-in token (version 6 or 7).
 */
import { QrGrid } from './matrix';
import { penaltyScore } from './penalty';
import { rsGenerator, rsRemainder } from './reed-solomon';
import { MAX_VERSION, MIN_VERSION, blockLayout, byteCapacity, byteCountBits } from './tables';

export interface QrCode {
  version: number;
  mask: number;
  size: number;
  /** modules[y][x]: true = dark. */
  modules: boolean[][];
}

/** UTF-8 bytes of a string (older WeChat base libraries have no TextEncoder). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** The smallest version whose level-M byte capacity holds `length` bytes, or null. */
export function versionFor(length: number): number | null {
  for (let v = MIN_VERSION; v <= MAX_VERSION; v++) if (byteCapacity(v) >= length) return v;
  return null;
}

/** Mode indicator, count, data, terminator, padding to the version's data codewords. */
export function dataCodewords(bytes: readonly number[], version: number): number[] {
  const { dataCodewords: capacity } = blockLayout(version);
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, byteCountBits(version));
  for (const b of bytes) push(b, 8);
  const capacityBits = capacity * 8;
  push(0, Math.min(4, capacityBits - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((acc, b) => (acc << 1) | b, 0));
  for (let pad = 0xec; out.length < capacity; pad ^= 0xec ^ 0x11) out.push(pad);
  return out;
}

/**
 * Splits the data codewords into blocks (the short blocks first), adds each block's error
 * correction, and interleaves: data column by column, then error correction the same way.
 */
export function interleave(data: readonly number[], version: number): number[] {
  const { eccPerBlock, blocks, totalCodewords } = blockLayout(version);
  const shortBlocks = blocks - (totalCodewords % blocks);
  const shortDataLength = Math.floor(totalCodewords / blocks) - eccPerBlock;
  const generator = rsGenerator(eccPerBlock);
  const parts: { data: number[]; ecc: number[] }[] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const length = shortDataLength + (i < shortBlocks ? 0 : 1);
    const block = data.slice(k, k + length);
    k += length;
    parts.push({ data: block, ecc: rsRemainder(block, generator) });
  }
  const out: number[] = [];
  for (let j = 0; j <= shortDataLength; j++) for (const p of parts) if (j < p.data.length) out.push(p.data[j]);
  for (let j = 0; j < eccPerBlock; j++) for (const p of parts) out.push(p.ecc[j]);
  return out;
}

/** Encodes text as a QR code; throws if it is too long for version 20. */
export function encodeQr(text: string, forceMask?: number): QrCode {
  const bytes = utf8Bytes(text);
  const version = versionFor(bytes.length);
  if (version === null) throw new Error(`text too long for a QR code: ${bytes.length} bytes`);
  const grid = new QrGrid(version);
  grid.placeCodewords(interleave(dataCodewords(bytes, version), version));

  let mask = forceMask ?? -1;
  if (mask < 0) {
    let best = Infinity;
    for (let m = 0; m < 8; m++) {
      grid.applyMask(m);
      grid.drawFormat(m);
      const score = penaltyScore(grid.dark);
      if (score < best) {
        best = score;
        mask = m;
      }
      grid.applyMask(m);
    }
  }
  grid.applyMask(mask);
  grid.drawFormat(mask);
  return { version, mask, size: grid.size, modules: grid.dark };
}
