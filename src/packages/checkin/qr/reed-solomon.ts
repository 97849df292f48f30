/**
 * Reed–Solomon error correction over GF(256) with QR's field polynomial x^8 + x^4 + x^3 + x^2 + 1
 * (0x11D) and generator roots α^0..α^(n-1), α = 2 (ISO/IEC 18004 §7.5.2).
 */

/** Product of two field elements (Russian-peasant multiplication, reducing by 0x11D). */
export function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

/**
 * Coefficients of the generator polynomial of `degree`, highest power first, the leading 1
 * omitted: (x - α^0)(x - α^1)…(x - α^(degree-1)).
 */
export function rsGenerator(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < result.length; j++) {
      result[j] = gfMultiply(result[j], root);
      if (j + 1 < result.length) result[j] ^= result[j + 1];
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

/** The error-correction codewords of one block: the remainder of data·x^n divided by the generator. */
export function rsRemainder(data: readonly number[], generator: readonly number[]): number[] {
  const result = generator.map(() => 0);
  for (const b of data) {
    const factor = b ^ (result.shift() as number);
    result.push(0);
    generator.forEach((coef, i) => (result[i] ^= gfMultiply(coef, factor)));
  }
  return result;
}
