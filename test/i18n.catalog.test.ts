import { catalog, duplicateKeys, localeFor, t } from '../src/i18n/catalog';

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

  it('has no key defined in two sections', () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it('fills placeholders and refuses unknown keys', () => {
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
