#!/usr/bin/env node
'use strict';
// `npm run bench`: runs every benchmark module in scripts/bench/ and prints one JSON object
// per line: {"name": …, "value": …, "unit": …}. Benchmarks, not tests: nothing here fails a build.
// Usage: node scripts/bench.js [name-prefix …]   e.g. node scripts/bench.js engine cli
const fs = require('fs');
const path = require('path');

async function main() {
  const dir = path.join(__dirname, 'bench');
  const wanted = process.argv.slice(2);
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
  let failed = 0;
  for (const file of modules) {
    try {
      const run = require(path.join(dir, file));
      const lines = await run();
      for (const line of lines) process.stdout.write(JSON.stringify(line) + '\n');
    } catch (error) {
      failed += 1;
      process.stderr.write(`bench ${file} failed: ${error && error.stack ? error.stack : error}\n`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
