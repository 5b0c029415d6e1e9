'use strict';
// Reads a PNG's pixel size from its IHDR chunk (enough to check the manifest's icons).
const fs = require('fs');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** {width, height} of a PNG file, or null when the file is not a PNG. */
function pngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  let read;
  try {
    read = fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 24 || !head.subarray(0, 8).equals(SIGNATURE)) return null;
  if (head.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

module.exports = { pngSize };
