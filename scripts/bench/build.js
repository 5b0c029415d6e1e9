'use strict';
// taskpane.js.gzipKB: the JavaScript the task pane page loads from our origin, gzip level 9, in
// KB (1024 bytes), from the last `npm run build` (budget ≤ 150, test/build/bundle.test.ts).
// preview.js.gzipKB: the same for the preview page (no budget; for the record).
const { pageWeight } = require('../build/weight');

module.exports = async () => [
  { name: 'taskpane.js.gzipKB', value: pageWeight('taskpane.html').gzipKB, unit: 'KB' },
  { name: 'preview.js.gzipKB', value: pageWeight('preview.html').gzipKB, unit: 'KB' },
];
