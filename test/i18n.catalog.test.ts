import * as fs from 'fs';
import * as path from 'path';
import {
  catalog,
  duplicateKeys,
  localeFor,
  registerMessages,
  t,
  type MessageTable,
} from '../src/i18n/catalog';
import '../src/report';
import '../src/workbook/template';
import '../src/workbook/forms';
import { cliMessages } from '../src/cli/messages';
import { xlsxMessages } from '../src/hosts/xlsx/messages';
import { reportMessages } from '../src/report/messages';
import { templateMessages } from '../src/workbook/template/messages';
import { formsMessages } from '../src/workbook/forms/messages';

const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every table in src (a module declaring one), each added to the catalog; their files. */
function registerEveryTable(): string[] {
  const files = sourceFiles(SRC).filter((file) =>
    /satisfies MessageTable;|: MessageTable = \{/.test(fs.readFileSync(file, 'utf8')),
  );
  for (const file of files) {
    for (const value of Object.values(jest.requireActual<Record<string, unknown>>(file))) {
      const table = value as MessageTable;
      if (Object.values(table).every((text) => typeof text?.['zh-CN'] === 'string'))
        registerMessages(table);
    }
  }
  return files.map((file) => path.relative(SRC, file));
}

const tableFiles = registerEveryTable();

describe('message catalog', () => {
  it('holds every table of src, those loaded on demand included', () => {
    expect(tableFiles).toEqual(
      expect.arrayContaining([
        path.join('cli', 'messages.ts'),
        path.join('hosts', 'office', 'messages.ts'),
        path.join('taskpane', 'messages-editor.ts'),
        path.join('preview', 'messages.ts'),
        path.join('i18n', 'messages', 'rule-labels.ts'),
      ]),
    );
    expect(t('office.busy', { running: '重新计算' })).toContain('重新计算');
  });

  it('has Chinese and English text for every key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(catalog)) {
      const zh = (text['zh-CN'].match(/\{\w+\}/g) ?? []).sort();
      const en = (text['en-US'].match(/\{\w+\}/g) ?? []).sort();
      expect({ key, placeholders: zh }).toEqual({ key, placeholders: en });
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text['en-US'].trim()).not.toBe('');
    }
  });

  it('has no key defined in two sections, the Node-only sections included', () => {
    expect(Object.keys(cliMessages).every((k) => k in catalog)).toBe(true);
    expect(Object.keys(xlsxMessages).every((k) => k in catalog)).toBe(true);
    expect(Object.keys(reportMessages).every((k) => k in catalog)).toBe(true);
    expect(Object.keys(templateMessages).every((k) => k in catalog)).toBe(true);
    expect(Object.keys(formsMessages).every((k) => k in catalog)).toBe(true);
    expect(duplicateKeys()).toEqual([]);
  });

  it('fills placeholders and refuses unknown keys', () => {
    expect(t('engine.flag.weightsNot100', { sum: 99 })).toBe('各项分值合计为 99，不是 100');
    expect(t('engine.flag.weightsNot100', { sum: 99 }, 'en-US')).toBe(
      'The weights add up to 99, not 100',
    );
    // @ts-expect-error a misspelt key fails the type check, and throws if it gets past it
    expect(() => t('no.such.key')).toThrow(/no key/);
  });

  it('chooses Chinese for any zh display language and English otherwise', () => {
    expect(localeFor('zh-CN')).toBe('zh-CN');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('en-US')).toBe('en-US');
    expect(localeFor('fr-FR')).toBe('en-US');
    expect(localeFor(undefined)).toBe('en-US');
  });
});
