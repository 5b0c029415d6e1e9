/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in plain TypeScript: the same code runs in
 * Node and in the task pane's browser, without Node's crypto or the asynchronous WebCrypto.
 * The text is encoded by TextEncoder (lone surrogates as U+FFFD), a piece at a time.
 */

/** The first 64 primes, whose roots give SHA-256's constants (FIPS 180-4 §4.2.2, §5.3.3). */
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p)) PRIMES.push(n);

/**
 * The first 32 bits of the fractional part of a root. For every constant, the fraction times
 * 2³² lies more than 0.005 from a whole number: far beyond any rounding of Math.cbrt or
 * Math.sqrt, so that every engine truncates it alike.
 */
const fraction32 = (root: number): number => (root % 1) * 2 ** 32;

/** Round constants: the cube roots of the first 64 primes. */
const K = new Uint32Array(PRIMES.map((p) => fraction32(Math.cbrt(p))));

/** Characters encoded at a time when a text is hashed. */
const TEXT_PIECE = 1 << 16;
const encoder = new TextEncoder();

/** SHA-256 fed a piece at a time: a long text is hashed without all its bytes at once. */
export class Sha256 {
  /** The hash so far, first the square roots of the first 8 primes. */
  private readonly h = new Uint32Array(PRIMES.slice(0, 8).map((p) => fraction32(Math.sqrt(p))));
  private readonly w = new Uint32Array(64);
  /** Bytes of an unfinished 64-byte block. */
  private readonly block = new Uint8Array(64);
  private readonly blockView = new DataView(this.block.buffer);
  private filled = 0;
  private length = 0;

  update(bytes: Uint8Array): this {
    this.length += bytes.length;
    let at = 0;
    if (this.filled) {
      const take = Math.min(64 - this.filled, bytes.length);
      this.block.set(bytes.subarray(0, take), this.filled);
      this.filled += take;
      at = take;
      if (this.filled < 64) return this;
      this.compress(this.blockView, 0);
      this.filled = 0;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (; at + 64 <= bytes.length; at += 64) this.compress(view, at);
    this.block.set(bytes.subarray(at));
    this.filled = bytes.length - at;
    return this;
  }

  /** Feeds a text's UTF-8 bytes, encoded a piece at a time (a surrogate pair is never cut). */
  text(text: string): this {
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + TEXT_PIECE);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      this.update(encoder.encode(text.slice(at, end)));
      at = end;
    }
    return this;
  }

  /** Lower-case hex of the digest (the hash cannot be fed after). */
  hex(): string {
    const bitLength = this.length * 8;
    const tail = new Uint8Array(this.filled + 9 > 64 ? 128 : 64);
    tail.set(this.block.subarray(0, this.filled));
    tail[this.filled] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(tail.length - 4, bitLength >>> 0);
    for (let offset = 0; offset < tail.length; offset += 64) this.compress(view, offset);
    return Array.from(this.h, (x) => x.toString(16).padStart(8, '0')).join('');
  }

  private compress(view: DataView, offset: number): void {
    const { h, w } = this;
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i] + w[i]) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
}

/** Lower-case hex SHA-256 of the bytes. */
export function sha256Bytes(bytes: Uint8Array): string {
  return new Sha256().update(bytes).hex();
}

/** Lower-case hex SHA-256 of the text's UTF-8 encoding. */
export function sha256Hex(text: string): string {
  return new Sha256().text(text).hex();
}
