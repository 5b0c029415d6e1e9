#!/usr/bin/env node
'use strict';
// Entry point of the `perfscore` command. The TypeScript sources are compiled into lib/
// by `npm ci` (the package's prepare script), so the command works right after install.
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'perfscore: 程序尚未编译，请先运行 npm ci（或 npm run build:cli）。\n' +
      'perfscore: not built yet; run npm ci (or npm run build:cli) first.\n',
  );
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
