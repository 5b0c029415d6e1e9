/** The installed command itself: node bin/perfscore.js, as `npx perfscore` runs it. */
import { spawnSync } from 'child_process';
import { BIN, ensureCliBuilt, ROOT, SEED } from './helpers';

beforeAll(ensureCliBuilt, 120000);

test('node bin/perfscore.js score seed.json --json prints 99.26 优 and exits 0', () => {
  const child = spawnSync(process.execPath, [BIN, 'score', SEED, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const result = JSON.parse(child.stdout);
  expect(result.total).toBe(99.26);
  expect(result.grade).toBe('优');

  const unknown = spawnSync(process.execPath, [BIN, 'nonsense'], { cwd: ROOT, encoding: 'utf8' });
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('perfscore score');
});
