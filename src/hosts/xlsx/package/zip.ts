/**
 * A small zip reader and writer for Office packages, over Node's zlib (raw deflate, crc32).
 *
 * Reading parses the central directory and keeps every entry's compressed bytes as they are in
 * the file; an entry is inflated only when asked for. Writing copies an untouched entry's local
 * header and compressed bytes verbatim (never recompressed), and deflates only the entries
 * given new content. Zip64, encryption and split archives are not used by Office packages of
 * the sizes this product handles: they are reported as damaged files by the caller.
 */
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

/** The uncompressed bytes of an entry; throws ZipFormatError when they are damaged. */
export function entryData(entry: ZipEntry): Buffer {
  const data = entry.raw.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Buffer;
  try {
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = zlib.inflateRawSync(data);
    else throw new ZipFormatError(`${entry.name} uses an unknown compression (${entry.method})`);
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name} cannot be decompressed`);
  }
  if (out.length !== entry.size || zlib.crc32(out) >>> 0 !== entry.crc32) {
    throw new ZipFormatError(`${entry.name} is damaged (checksum mismatch)`);
  }
  return out;
}

/**
 * What goes into a written archive: an entry copied as it is, or new content (bytes, or a
 * function giving them when the entry is written, so that big parts are encoded one at a time).
 */
export type ZipOutput = { copy: ZipEntry } | { name: string; data: Buffer | (() => Buffer) };

/** DOS date and time of `now` (the stamp of entries written anew). */
function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
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
    const data = typeof output.data === 'function' ? output.data() : output.data;
    const compressed = zlib.deflateRawSync(data, { level: 6 });
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(stamp.time, 12);
    central.writeUInt16LE(stamp.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
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
