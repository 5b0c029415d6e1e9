'use strict';
// Empties a build folder before a build: a file whose source was moved or deleted (indicator.ts
// became indicator/index.ts) would otherwise be left behind and still be the one Node loads.
const fs = require('fs');
const path = require('path');

for (const folder of process.argv.slice(2)) {
  fs.rmSync(path.join(__dirname, '..', folder), { recursive: true, force: true });
}
