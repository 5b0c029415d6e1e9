/**
 * A small zip reader and writer for Office packages, over Node's zlib (raw deflate, crc32).
 *
 * Reading parses the central directory and keeps every entry's compressed bytes as they are in
 * the file; an entry is inflated only when asked for. Writing copies an untouched entry's local
 * header and compressed bytes verbatim (never recompressed), and deflates only the entries
 * given new content. Zip64, encryption and split archives are not used by Office packages of
 * the sizes this product handles: they are reported as damaged files by the caller.
 */
import { once } from 'events';
import * as zlib from 'zlib';

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const UTF8_FLAG = 0x0800;
const DESCRIPTOR_FLAG = 0x0008;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** The central directory record as read (re-emitted with a new offset when copied). */
  central: Buffer;
  /** The local header, compressed data and data descriptor exactly as in the file. */
  raw: Buffer;
  /** Where the compressed data starts within `raw`. */
  dataStart: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

function findEnd(buffer: Buffer): number {
  const min = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= min; at--) {
    if (buffer.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  throw new ZipFormatError('no end of central directory (the file is truncated)');
}

/** Reads a zip archive's directory; throws ZipFormatError when it is damaged. */
export function readZip(buffer: Buffer): ZipArchive {
  if (buffer.length < 22) throw new ZipFormatError('the file is too short to be a zip archive');
  const end = findEnd(buffer);
  const count = buffer.readUInt16LE(end + 10);
  const dirSize = buffer.readUInt32LE(end + 12);
  const dirOffset = buffer.readUInt32LE(end + 16);
  if (dirOffset === 0xffffffff || count === 0xffff) {
    throw new ZipFormatError('zip64 archives are not supported');
  }
  if (dirOffset + dirSize > end) throw new ZipFormatError('the central directory is truncated');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('the central directory is damaged');
    }
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc32 = buffer.readUInt32LE(at + 16);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const recordEnd = at + 46 + nameLength + extraLength + commentLength;
    const nameBytes = buffer.subarray(at + 46, at + 46 + nameLength);
    const name = nameBytes.toString(flags & UTF8_FLAG ? 'utf8' : 'latin1');
    if (flags & 0x0001) throw new ZipFormatError(`${name} is encrypted`);
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
      throw new ZipFormatError(`the entry ${name} is missing (the file is truncated)`);
    }
    const localName = buffer.readUInt16LE(localOffset + 26);
    const localExtra = buffer.readUInt16LE(localOffset + 28);
    const dataStart = 30 + localName + localExtra;
    let rawEnd = localOffset + dataStart + compressedSize;
    if (flags & DESCRIPTOR_FLAG) {
      const signed = rawEnd + 4 <= buffer.length && buffer.readUInt32LE(rawEnd) === 0x08074b50;
      rawEnd += signed ? 16 : 12;
    }
    if (rawEnd > buffer.length) {
      throw new ZipFormatError(`the entry ${name} is truncated`);
    }
    const entry: ZipEntry = {
      name,
      method,
      crc32,
      compressedSize,
      size,
      central: buffer.subarray(at, recordEnd),
      raw: buffer.subarray(localOffset, rawEnd),
      dataStart,
    };
    entries.push(entry);
    byName.set(name, entry);
    at = recordEnd;
  }
  return { entries, byName };
}

function compressedData(entry: ZipEntry): Buffer {
  return entry.raw.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

function checkSum(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size || crc >>> 0 !== entry.crc32) {
    throw new ZipFormatError(`${entry.name} is damaged (checksum mismatch)`);
  }
}

function unknownMethod(entry: ZipEntry): ZipFormatError {
  return new ZipFormatError(`${entry.name} uses an unknown compression (${entry.method})`);
}

/** The uncompressed bytes of an entry; throws ZipFormatError when they are damaged. */
export function entryData(entry: ZipEntry): Buffer {
  const data = compressedData(entry);
  let out: Buffer;
  try {
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = zlib.inflateRawSync(data);
    else throw unknownMethod(entry);
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name} cannot be decompressed`);
  }
  checkSum(entry, out.length, zlib.crc32(out));
  return out;
}

/** Bytes inflated this many at a time when an entry is streamed. */
const STREAM_CHUNK = 256 * 1024;

/**
 * The uncompressed bytes of an entry, a chunk at a time (a big worksheet is never held whole);
 * the checksum is verified at the end. Throws ZipFormatError when they are damaged.
 */
export async function* entryChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = compressedData(entry);
  if (entry.method === 0 || entry.size <= STREAM_CHUNK) {
    // A small part is inflated at once: a stream would cost more than it saves.
    yield entryData(entry);
    return;
  }
  if (entry.method !== 8) throw unknownMethod(entry);
  const inflate = zlib.createInflateRaw({ chunkSize: STREAM_CHUNK });
  inflate.end(data);
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      crc = zlib.crc32(chunk, crc);
      yield chunk;
    }
  } catch {
    throw new ZipFormatError(`${entry.name} cannot be decompressed`);
  } finally {
    inflate.destroy();
  }
  checkSum(entry, size, crc);
}

/** A part compressed as it was written (DeflatingWriter): stored as is in the archive. */
export interface DeflatedData {
  chunks: Buffer[];
  crc32: number;
  size: number;
}

/** The uncompressed bytes of deflated data, a chunk at a time. */
export async function* deflatedChunks(data: DeflatedData): AsyncGenerator<Buffer> {
  if (data.size <= STREAM_CHUNK) {
    yield inflateDeflated(data);
    return;
  }
  const inflate = zlib.createInflateRaw({ chunkSize: STREAM_CHUNK });
  inflate.end(Buffer.concat(data.chunks));
  yield* inflate as AsyncIterable<Buffer>;
}

/** Deflated data's uncompressed bytes at once (small parts, tests). */
export function inflateDeflated(data: DeflatedData): Buffer {
  return zlib.inflateRawSync(Buffer.concat(data.chunks));
}

/** Text gathered before it is encoded and handed to the compressor. */
const WRITE_BATCH = 64 * 1024;

/**
 * Text compressed as it is produced: write() gathers it, flush() hands it to the compressor
 * (which runs beside the caller) and waits while the compressor is behind, end() gives the
 * compressed chunks. A rewritten worksheet is thus never held whole, neither as text nor as
 * bytes.
 */
export class DeflatingWriter {
  /** The compressor, started when more than one batch is written (a small part has none). */
  private deflate: zlib.DeflateRaw | null = null;
  private readonly out: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private crc = 0;
  private size = 0;
  private failure: Error | null = null;

  private compressor(): zlib.DeflateRaw {
    if (!this.deflate) {
      this.deflate = zlib.createDeflateRaw({ level: 6, chunkSize: STREAM_CHUNK });
      this.deflate.on('data', (chunk: Buffer) => this.out.push(chunk));
      this.deflate.on('error', (error: Error) => (this.failure = error));
    }
    return this.deflate;
  }

  write(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.pendingLength += text.length;
  }

  /** The text written so far as bytes (counted into the checksum and size). */
  private take(): Buffer {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    return bytes;
  }

  /** Compresses what was written when enough has gathered, waiting while the compressor is behind. */
  async flush(): Promise<void> {
    if (this.pendingLength < WRITE_BATCH) return;
    const deflate = this.compressor();
    if (!deflate.write(this.take())) await once(deflate, 'drain');
    if (this.failure) throw this.failure;
  }

  async end(): Promise<DeflatedData> {
    if (!this.deflate) {
      const bytes = this.take();
      const chunks = [zlib.deflateRawSync(bytes, { level: 6 })];
      return { chunks, crc32: this.crc >>> 0, size: this.size };
    }
    const deflate = this.deflate;
    const ended = once(deflate, 'end');
    deflate.end(this.pendingLength ? this.take() : undefined);
    await ended;
    if (this.failure) throw this.failure;
    return { chunks: this.out, crc32: this.crc >>> 0, size: this.size };
  }
}

/**
 * What goes into a written archive: an entry copied as it is, new content (bytes, or a
 * function giving them when the entry is written, so that big parts are encoded one at a time),
 * or content compressed already (DeflatingWriter).
 */
export type ZipOutput =
  | { copy: ZipEntry }
  | { name: string; data: Buffer | (() => Buffer) }
  | { name: string; deflated: DeflatedData };

/** DOS date and time of `now` (the stamp of entries written anew). */
function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** The fields a local header and a central directory record share (from "version needed"). */
interface EntryFields {
  stamp: { time: number; date: number };
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/** Writes the shared fields at `at` (4 in a local header, 6 in a central record). */
function writeFields(header: Buffer, at: number, f: EntryFields): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_FLAG, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(f.stamp.time, at + 6);
  header.writeUInt16LE(f.stamp.date, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressedSize, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

/** Writes an archive; copied entries keep their bytes, new content is deflated. */
export function writeZip(outputs: ZipOutput[], now: Date = new Date()): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  const stamp = dosTime(now);
  for (const output of outputs) {
    if ('copy' in output) {
      const central = Buffer.from(output.copy.central);
      central.writeUInt32LE(offset, 42);
      parts.push(output.copy.raw);
      directory.push(central);
      offset += output.copy.raw.length;
      continue;
    }
    const name = Buffer.from(output.name, 'utf8');
    let compressed: Buffer[];
    let crc: number;
    let size: number;
    if ('deflated' in output) {
      ({ chunks: compressed, crc32: crc, size } = output.deflated);
    } else {
      const data = typeof output.data === 'function' ? output.data() : output.data;
      compressed = [zlib.deflateRawSync(data, { level: 6 })];
      crc = zlib.crc32(data) >>> 0;
      size = data.length;
    }
    const compressedSize = compressed.reduce((sum, b) => sum + b.length, 0);
    const fields = { stamp, crc, compressedSize, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    writeFields(local, 4, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    writeFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, ...compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressedSize;
  }
  const dirSize = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(outputs.length, 8);
  end.writeUInt16LE(outputs.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
