/**
 * The pane's texts: the preview-only section (registered by the preview page) has both
 * languages with the same placeholders and no key of another section; every key the pane's
 * new views use exists.
 */
import {
  catalog,
  duplicateKeys,
  registerMessages,
  t,
  type MessageTable,
} from '../../src/i18n/catalog';
import { paneMessages } from '../../src/taskpane/messages';
import { previewMessages } from '../../src/preview/messages';

test('preview texts: both languages, same placeholders, no clash with the pane section', () => {
  registerMessages(previewMessages);
  const preview: MessageTable = previewMessages;
  for (const [key, text] of Object.entries(preview)) {
    const zh = (text['zh-CN'].match(/\{\w+\}/g) ?? []).sort();
    const en = (text['en-US'].match(/\{\w+\}/g) ?? []).sort();
    expect({ key, placeholders: zh }).toEqual({ key, placeholders: en });
    expect(key in paneMessages).toBe(false);
  }
  expect(duplicateKeys()).toEqual([]);
  expect(t('pane.preview.sample.midyear')).toBe('年中监控（全年实际值为空）');
});

test('the lights and likelihoods are named in both languages', () => {
  for (const light of ['red', 'yellow', 'green']) {
    expect(catalog[`pane.monitor.light.${light}`]['zh-CN']).toMatch(/^[红黄绿]灯$/);
    expect(catalog[`pane.monitor.light.${light}`]['en-US']).not.toBe('');
  }
  for (const likelihood of ['likely', 'atRisk', 'unlikely']) {
    expect(catalog[`pane.monitor.likelihood.${likelihood}`]).toBeDefined();
  }
});
