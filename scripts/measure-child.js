'use strict';
// One child process measured: wall time, CPU time (user + system) and peak resident memory
// (GNU time when present, else the child's own resourceUsage for node). Not a benchmark module
// (exports no bench).
const { spawnSync } = require('child_process');
const fs = require('fs');

function measure(command, args, options = {}) {
  const timeBin = '/usr/bin/time';
  const useTime = fs.existsSync(timeBin);
  const env = { ...process.env, LANG: 'zh_CN.UTF-8', ...(options.env || {}) };
  // node's own options (--flag=value) come before the script.
  const flagCount = args.findIndex((a) => !a.startsWith('--'));
  const nodeFlags = args.slice(0, Math.max(flagCount, 0));
  const script = args.slice(nodeFlags.length);
  const start = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(timeBin, ['-f', 'maxrss_kb=%M cpu_s=%U+%S', command, ...args], {
        encoding: 'utf8',
        env,
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(
        command,
        command === process.execPath
          ? [
              ...nodeFlags,
              '-e',
              `process.argv=[process.argv[0],...${JSON.stringify(script)}];` +
                `process.on('exit',()=>{const u=process.resourceUsage();` +
                `process.stderr.write('maxrss_kb='+u.maxRSS+' cpu_s='+u.userCPUTime/1e6+'+'+u.systemCPUTime/1e6+'\\n')});` +
                `require(${JSON.stringify(script[0])});`,
            ]
          : args,
        { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 },
      );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxrss_kb=(\d+)/.exec(child.stderr || '');
  const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(child.stderr || '');
  if ((child.status !== 0 && !options.allowFailure) || child.error) {
    throw new Error(`${command} exited ${child.status}: ${(child.stderr || '').slice(0, 2000)}`);
  }
  return {
    ms,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN,
    rssMB: rss ? Number(rss[1]) / 1024 : NaN,
    status: child.status,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { measure, median };
