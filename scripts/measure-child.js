'use strict';
// One child process measured: wall time and peak resident memory (GNU time when present,
// else the child's own resourceUsage for node). Not a benchmark module (exports no bench).
const { spawnSync } = require('child_process');
const fs = require('fs');

function measure(command, args, options = {}) {
  const timeBin = '/usr/bin/time';
  const useTime = fs.existsSync(timeBin);
  const env = { ...process.env, LANG: 'zh_CN.UTF-8', ...(options.env || {}) };
  const start = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(timeBin, ['-f', 'maxrss_kb=%M', command, ...args], {
        encoding: 'utf8',
        env,
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(
        command,
        command === process.execPath
          ? [
              '-e',
              `process.argv=[process.argv[0],...${JSON.stringify(args)}];` +
                `process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'));` +
                `require(${JSON.stringify(args[0])});`,
            ]
          : args,
        { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 },
      );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxrss_kb=(\d+)/.exec(child.stderr || '');
  if ((child.status !== 0 && !options.allowFailure) || child.error) {
    throw new Error(`${command} exited ${child.status}: ${(child.stderr || '').slice(0, 2000)}`);
  }
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, status: child.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { measure, median };
