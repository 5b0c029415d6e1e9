'use strict';
// taskpane.js.gzipKB: the JavaScript the task pane page loads from our origin when it opens
// (budget ≤ 150, test/build/bundle.test.ts), gzip level 9, in KB (1024 bytes), from the last
// `npm run build`. taskpane.allChunks.js.gzipKB: the same plus every on-demand chunk (插入模板,
// 生成报告文字, 生成评价结果), what a session that uses all three has loaded.
// preview.js.gzipKB: the preview page, every chunk (no budget; for the record).
const { pageWeight } = require('../build/weight');

module.exports = async () => {
  const pane = pageWeight('taskpane.html');
  return [
    { name: 'taskpane.js.gzipKB', value: pane.initialGzipKB, unit: 'KB' },
    { name: 'taskpane.allChunks.js.gzipKB', value: pane.gzipKB, unit: 'KB' },
    { name: 'preview.js.gzipKB', value: pageWeight('preview.html').gzipKB, unit: 'KB' },
  ];
};
