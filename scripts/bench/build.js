'use strict';
// taskpane.js.gzipKB: all the JavaScript the task pane page loads from our origin (at once and
// on demand), gzip level 9, in KB (1024 bytes), from the last `npm run build` (budget ≤ 150,
// test/build/bundle.test.ts). taskpane.initial.js.gzipKB: what it loads when it opens.
// preview.js.gzipKB: the same total for the preview page (no budget; for the record).
const { pageWeight } = require('../build/weight');

module.exports = async () => {
  const pane = pageWeight('taskpane.html');
  return [
    { name: 'taskpane.js.gzipKB', value: pane.gzipKB, unit: 'KB' },
    { name: 'taskpane.initial.js.gzipKB', value: pane.initialGzipKB, unit: 'KB' },
    { name: 'preview.js.gzipKB', value: pageWeight('preview.html').gzipKB, unit: 'KB' },
  ];
};
