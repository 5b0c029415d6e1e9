import { catalog, duplicateKeys, localeFor, t } from '../src/i18n/catalog';
import '../src/i18n/node-messages';
import '../src/report';
import '../src/workbook/template';
import '../src/workbook/forms';
import { cliMessages } from '../src/i18n/messages/cli';
import { xlsxMessages } from '../src/i18n/messages/xlsx';
import { reportMessages } from '../src/i18n/messages/report';
import { templateMessages } from '../src/i18n/messages/template';
import { formsMessages } from '../src/i18n/messages/forms';

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
