/**
 * An .xlsx/.xlsm file as the package it is (ECMA-376 Part 2): the zip's entries, kept as they
 * were read, and the text of the few parts the product reads or changes (content types, the
 * workbook part and its relationships, shared strings, styles). Worksheets are never held
 * whole: they are read as a stream of text (textChunks), a rewritten one is kept compressed,
 * and only their frame (the text around the rows) is kept as text. Saving copies every other
 * entry byte for byte, without recompressing it.
 */
import { StringDecoder } from 'string_decoder';
import { readWorkbookXml, type DefinedNameRecord } from '../defined-names';
import { XlsxError } from '../errors';
import { REL_TYPES, parseRelationships, relTypeIs, relsPartOf, type Relationship } from './opc';
import { readSharedStrings } from './shared-strings';
import { MINIMAL_STYLES, Styles } from './styles';
import { sheetFrameOf, type SheetFrame } from './sheet-rows';
import {
  deflatedChunks,
  entryChunks,
  entryData,
  inflateDeflated,
  readZip,
  writeZip,
  ZipFormatError,
  type DeflatedData,
  type ZipArchive,
  type ZipOutput,
} from './zip';
import { attributesOf } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';

export interface PackageSheet {
  name: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); null for chart and dialog sheets. */
  part: string | null;
  relId: string;
  sheetId: number;
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

/** A zip archive starts with a local file header. */
function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
}

export function isCompoundDocument(buffer: Buffer): boolean {
  return buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'));
}

/** A password-protected .xlsx is a compound document holding an EncryptionInfo stream. */
export function isEncryptedPackage(buffer: Buffer): boolean {
  return isCompoundDocument(buffer) && buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function visibilityOf(state: string | undefined): PackageSheet['visibility'] {
  return state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible';
}

export class WorkbookPackage {
  readonly file: string;
  private readonly zip: ZipArchive;
  /** Parts whose text was read or changed, by part name. */
  private readonly texts = new Map<string, string>();
  /** Changed parts compressed as they were written (big sheets), inflated only if read again. */
  private readonly deflated = new Map<string, DeflatedData>();
  /** The frames of the worksheets streamed so far (their text around the rows). */
  private readonly frames = new Map<string, SheetFrame>();
  private readonly changedParts = new Set<string>();
  private readonly removedParts = new Set<string>();
  /** New parts, in the order they were added. */
  private readonly addedParts: string[] = [];
  readonly workbookPart: string;
  private sharedStringsCache: string[] | null = null;
  private stylesCache: Styles | null = null;

  private constructor(zip: ZipArchive, file: string, workbookPart: string) {
    this.zip = zip;
    this.file = file;
    this.workbookPart = workbookPart;
  }

  /** Opens the bytes of an .xlsx/.xlsm file; `file` names it in messages. */
  static open(buffer: Buffer, file: string): WorkbookPackage {
    if (buffer.length === 0) throw new XlsxError('xlsx.file.empty', { file });
    if (isEncryptedPackage(buffer)) throw new XlsxError('xlsx.file.encrypted', { file });
    if (isCompoundDocument(buffer)) throw new XlsxError('xlsx.file.legacyOrEncrypted', { file });
    if (!isZip(buffer)) throw new XlsxError('xlsx.file.notWorkbook', { file });
    try {
      const zip = readZip(buffer);
      const probe = new WorkbookPackage(zip, file, '');
      if (!probe.has(CONTENT_TYPES)) throw new XlsxError('xlsx.file.notWorkbook', { file });
      const root = probe.relationships('');
      const main = root.find((r) => relTypeIs(r.type, REL_TYPES.officeDocument));
      if (!main?.part || !probe.has(main.part) || !/\.xml$/i.test(main.part)) {
        throw new XlsxError('xlsx.file.notWorkbook', { file });
      }
      const pkg = new WorkbookPackage(zip, file, main.part);
      if (!/<(\w+:)?workbook\b/.test(pkg.text(main.part))) {
        throw new XlsxError('xlsx.file.notWorkbook', { file });
      }
      return pkg;
    } catch (error) {
      if (error instanceof ZipFormatError) throw new XlsxError('xlsx.file.broken', { file });
      throw error;
    }
  }

  has(part: string): boolean {
    if (this.removedParts.has(part)) return false;
    return this.texts.has(part) || this.deflated.has(part) || this.zip.byName.has(part);
  }

  /** A damaged entry's error as a damaged file's; any other error as it is. */
  private fileError(error: unknown): unknown {
    return error instanceof ZipFormatError
      ? new XlsxError('xlsx.file.broken', { file: this.file })
      : error;
  }

  /** Reads with a damaged entry reported as a damaged file. */
  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw this.fileError(error);
    }
  }

  /**
   * A part's text (UTF-8) a chunk at a time, as it is now: a worksheet is streamed, never held
   * whole. A damaged entry is reported as a damaged file.
   */
  async *textChunks(part: string): AsyncGenerator<string> {
    const known = this.texts.get(part);
    if (known !== undefined) {
      yield known;
      return;
    }
    const deflated = this.deflated.get(part);
    const entry = this.zip.byName.get(part);
    if (!deflated && (!entry || this.removedParts.has(part)))
      throw new Error(`the package has no part ${part}`);
    const decoder = new StringDecoder('utf8');
    let first = true;
    try {
      for await (const chunk of deflated ? deflatedChunks(deflated) : entryChunks(entry!)) {
        let text = decoder.write(chunk);
        if (first && text) {
          text = text.replace(/^\uFEFF/, '');
          first = false;
        }
        if (text) yield text;
      }
    } catch (error) {
      throw this.fileError(error);
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** A worksheet's frame: its text without the rows (read once, by streaming, then kept). */
  async frame(part: string): Promise<SheetFrame> {
    let frame = this.frames.get(part);
    if (!frame) {
      frame = await sheetFrameOf(this.textChunks(part));
      this.frames.set(part, frame);
    }
    return frame;
  }

  /** Keeps a worksheet's frame seen while streaming it (a later frame() need not read it again). */
  keepFrame(part: string, frame: SheetFrame): void {
    this.frames.set(part, frame);
  }

  /** A part's text (UTF-8); throws ZipFormatError-derived XlsxError when it is damaged. */
  text(part: string): string {
    const known = this.texts.get(part);
    if (known !== undefined) return known;
    const deflated = this.deflated.get(part);
    if (deflated) return this.guard(() => inflateDeflated(deflated)).toString('utf8');
    const entry = this.zip.byName.get(part);
    if (!entry || this.removedParts.has(part)) throw new Error(`the package has no part ${part}`);
    const text = this.guard(() => entryData(entry))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    // Kept for the write that follows the read (the small parts the product edits).
    this.texts.set(part, text);
    return text;
  }

  /** Marks a part as set (added when new); its content is the caller's to store. */
  private changing(part: string): void {
    if (!this.zip.byName.has(part) && !this.addedParts.includes(part)) this.addedParts.push(part);
    this.removedParts.delete(part);
    this.texts.delete(part);
    this.deflated.delete(part);
    this.frames.delete(part);
    this.changedParts.add(part);
  }

  /** Sets a part's text; a new part is added (its content type and relationship are the caller's). */
  setText(part: string, text: string): void {
    this.changing(part);
    this.texts.set(part, text);
  }

  /** Sets a part's content as compressed already (a rewritten worksheet), with its frame. */
  setDeflated(part: string, data: DeflatedData, frame?: SheetFrame): void {
    this.changing(part);
    this.deflated.set(part, data);
    if (frame) this.frames.set(part, frame);
  }

  remove(part: string): void {
    this.texts.delete(part);
    this.deflated.delete(part);
    this.frames.delete(part);
    this.changedParts.delete(part);
    const added = this.addedParts.indexOf(part);
    if (added >= 0) this.addedParts.splice(added, 1);
    else if (this.zip.byName.has(part)) this.removedParts.add(part);
  }

  /** The relationships of a part ("" for the package's own, _rels/.rels). */
  relationships(part: string): Relationship[] {
    const rels = part === '' ? '_rels/.rels' : relsPartOf(part);
    return this.has(rels) ? parseRelationships(part, this.text(rels)) : [];
  }

  get workbookXml(): string {
    return this.text(this.workbookPart);
  }

  /** Every sheet of the workbook part, in order. */
  sheets(): PackageSheet[] {
    const rels = this.relationships(this.workbookPart);
    const out: PackageSheet[] = [];
    const re = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
    const xml = this.workbookXml;
    const sheetsBlock = /<(\w+:)?sheets\b[^>]*>([\s\S]*?)<\/\1?sheets>/.exec(xml);
    const body = sheetsBlock?.[2] ?? '';
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const a = attributesOf(m[1]);
      const idKey = Object.keys(a).find((k) => /(^|:)id$/.test(k) && k !== 'sheetId');
      const relId = idKey ? a[idKey] : '';
      const rel = rels.find((r) => r.id === relId);
      const part =
        rel?.part && relTypeIs(rel.type, REL_TYPES.worksheet) && this.has(rel.part)
          ? rel.part
          : null;
      out.push({
        name: a.name ?? '',
        part,
        relId,
        sheetId: Number(a.sheetId ?? 0),
        visibility: visibilityOf(a.state),
      });
    }
    return out;
  }

  names(): DefinedNameRecord[] {
    return readWorkbookXml(this.workbookXml).names;
  }

  get date1904(): boolean {
    const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(this.workbookXml);
    const v = pr ? attributesOf(pr[1]).date1904 : undefined;
    return v === '1' || v === 'true';
  }

  private partOfType(type: string): string | null {
    const rel = this.relationships(this.workbookPart).find((r) => relTypeIs(r.type, type));
    return rel?.part && this.has(rel.part) ? rel.part : null;
  }

  sharedStrings(): string[] {
    if (!this.sharedStringsCache) {
      const part = this.partOfType(REL_TYPES.sharedStrings);
      this.sharedStringsCache = part ? readSharedStrings(this.text(part)) : [];
    }
    return this.sharedStringsCache;
  }

  styles(): Styles {
    if (!this.stylesCache) {
      const part = this.partOfType(REL_TYPES.styles);
      this.stylesCache = new Styles(part ? this.text(part) : MINIMAL_STYLES);
    }
    return this.stylesCache;
  }

  /** The styles part's name; null when the package has none (the host then adds one). */
  stylesPart(): string | null {
    return this.partOfType(REL_TYPES.styles);
  }

  private outputOf(part: string): ZipOutput {
    const deflated = this.deflated.get(part);
    if (deflated) return { name: part, deflated };
    return { name: part, data: () => Buffer.from(this.texts.get(part) ?? '', 'utf8') };
  }

  /** The package's bytes: untouched entries copied as they were, changed ones deflated. */
  toBuffer(now?: Date): Buffer {
    const outputs: ZipOutput[] = [];
    for (const entry of this.zip.entries) {
      if (this.removedParts.has(entry.name)) continue;
      if (this.changedParts.has(entry.name)) outputs.push(this.outputOf(entry.name));
      else outputs.push({ copy: entry });
    }
    for (const part of this.addedParts) outputs.push(this.outputOf(part));
    return writeZip(outputs, now);
  }
}
