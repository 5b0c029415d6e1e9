'use strict';
/**
 * Loaded with `node -r` into the real command line (bin/perfscore.js) by cli-killed.test.ts.
 * It stops the save of the workbook at one step, named by PERFSCORE_TEST_PAUSE_AT, tells the
 * test on file descriptor 3 ("paused <step> <path>"), and blocks until the test kills it:
 *
 *   opened      the temporary file was just created (empty)
 *   half        half of the workbook's bytes are in the temporary file
 *   synced      all bytes are written and flushed, the file is not closed yet
 *   rename      the temporary file is closed and complete, the rename has not happened
 *   renamed     the rename is done, the command has not finished
 *
 * Nothing else changes: without the variable this file does nothing.
 */
const fs = require('fs');

const step = process.env.PERFSCORE_TEST_PAUSE_AT;

function pause(at, file) {
  if (at !== step) return;
  fs.writeSync(3, `paused ${at} ${file}\n`);
  // Block the only thread for good: the test's SIGKILL ends the process here.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

const isTemp = (file) => /\.tmp$/.test(String(file));

if (step) {
  const promises = fs.promises;
  const open = promises.open;
  promises.open = async function pausingOpen(file, flags, mode) {
    const handle = await open.call(promises, file, flags, mode);
    if (!isTemp(file)) return handle;
    pause('opened', file);
    const writeFile = handle.writeFile.bind(handle);
    const sync = handle.sync.bind(handle);
    const close = handle.close.bind(handle);
    handle.writeFile = async (data, options) => {
      if (step === 'half') {
        const half = Math.floor(data.length / 2);
        await writeFile(data.subarray(0, half));
        await sync();
        pause('half', file);
      }
      return writeFile(data, options);
    };
    handle.sync = async () => {
      await sync();
      pause('synced', file);
    };
    handle.close = async () => {
      await close();
      pause('rename', file);
    };
    return handle;
  };
  const rename = promises.rename;
  promises.rename = async function pausingRename(from, to) {
    await rename.call(promises, from, to);
    if (isTemp(from)) pause('renamed', to);
  };
}
