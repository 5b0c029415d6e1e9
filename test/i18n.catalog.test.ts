import { catalog, duplicateKeys, localeFor, t } from '../src/i18n/catalog';
import '../src/report';
import '../src/workbook/template';
import '../src/workbook/forms';
import { cliMessages } from '../src/cli/messages';
import { xlsxMessages } from '../src/hosts/xlsx/messages';
import { reportMessages } from '../src/report/messages';
import { templateMessages } from '../src/workbook/template/messages';
import { formsMessages } from '../src/workbook/forms/messages';

describe('message catalog', () => {
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
