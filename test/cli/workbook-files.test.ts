/**
 * `perfscore score` on the workbook files people actually have: formulas a generator never
 * calculated, Chinese date formats, names scoped to a sheet, merged output cells, an error in
 * a budget cell, an old .xls, an encrypted workbook; and the safety of the files it writes
 * (an existing output, a read-only or open workbook with --in-place, a folder that is not there).
 */
import * as XLSX from '@e965/xlsx';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbookBuffer, templateWorkbookBytes, type PackageHost } from '../../src/hosts/xlsx';
import { buildTemplateSpec } from '../../src/workbook/template';
import { handMadeWorkbook } from '../hosts/xlsx/fidelity/hand-made';
import { convert } from '../libreoffice/soffice';
import { BIN, ensureCliBuilt, ROOT, run } from './helpers';

const MAIN = '绩效自评表';
const MAIN_PART = 'xl/worksheets/sheet1.xml';
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-files-'));
  ensureCliBuilt();
}, 120000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The sample workbook, changed by `edit` through the package host, saved as `name`. */
async function sample(name: string, edit?: (host: PackageHost) => Promise<void> | void) {
  const bytes = await templateWorkbookBytes(buildTemplateSpec({ sample: true }));
  const host = openWorkbookBuffer(bytes, name);
  if (edit) await edit(host);
  const file = path.join(dir, name);
  await fs.writeFile(file, host.toBuffer());
  return file;
}

function editSheet(host: PackageHost, edit: (xml: string) => string): void {
  host.pkg.setText(MAIN_PART, edit(host.pkg.text(MAIN_PART)));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Root may write into any folder whatever its mode, so when the tests run as root (CI does) the
 * command runs as the unprivileged account nobody (65534), meeting a folder's permissions as a
 * user does. It runs as the installed command, node bin/perfscore.js over lib/ (built by npm
 * test). Where nobody cannot read the checkout (a clone inside a private, 0700 folder), the
 * command is run from a copy made of hard links (bin, lib, package.json, node_modules) in a
 * folder everyone may read: the same files, reachable by that account. Where even that fails,
 * the test fails saying why rather than testing something else.
 */
const NOBODY = 65534;

function spawnCommand(bin: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  return spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8' },
    ...asUser,
  });
}

/** The installed command as the unprivileged account can run it (see above). */
async function commandForUser(linkFolder: string): Promise<string> {
  if (spawnCommand(BIN, ['--version'], linkFolder).status === 0) return BIN;
  const copy = path.join(linkFolder, 'installed');
  await fs.mkdir(copy, { mode: 0o755 });
  await fs.chmod(copy, 0o755);
  for (const entry of ['bin', 'lib', 'package.json', 'node_modules']) {
    const linked = spawnSync('cp', ['-al', path.join(ROOT, entry), copy], { encoding: 'utf8' });
    if (linked.status !== 0) throw new Error(`cannot link ${entry} into ${copy}: ${linked.stderr}`);
  }
  const bin = path.join(copy, 'bin', 'perfscore.js');
  const probe = spawnCommand(bin, ['--version'], linkFolder);
  if (probe.status !== 0) {
    throw new Error(
      `perfscore cannot run as uid ${NOBODY}: node (${process.execPath}) and the checkout ` +
        `(${ROOT}) must be readable by that account.\n${probe.stderr}`,
    );
  }
  return bin;
}

async function runAsUser(argv: string[], cwd: string): Promise<SpawnSyncReturns<string>> {
  return spawnCommand(await commandForUser(cwd), argv, cwd);
}

describe('reading what the workbook holds', () => {
  it('a formula input without a cached result is an input error naming its cell; nothing is written', async () => {
    const file = await sample('uncalculated.xlsx', (host) =>
      host.apply({
        createSheets: [],
        createNames: [],
        writes: [
          { sheet: MAIN, address: 'H10', values: [['']], formulas: [['=40*1.8075']] },
          { sheet: MAIN, address: 'E4', values: [['']], formulas: [['=C4+D4']] },
        ],
      }),
    );
    const r = await run(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${MAIN}!E4 的公式尚未计算：请在 Excel/WPS 中打开并保存一次`);
    expect(r.stderr).toContain(`${MAIN}!H10 的公式尚未计算`);
    expect(r.stderr).not.toContain('未填写');
    expect(r.stdout).toBe('');
    expect(await exists(path.join(dir, 'uncalculated.scored.xlsx'))).toBe(false);
  });

  it('a delivery date after a "≤" date target needs a manual score, and both print as dates', async () => {
    const file = await sample('late.xlsx', (host) =>
      host.apply({
        createSheets: [],
        createNames: [],
        writes: [
          {
            sheet: MAIN,
            address: 'C6:H6',
            values: [['按期交付', '≤', 45291, '', 0, 45306]],
            // 31 and 27: the built-in yyyy"年"m"月"d"日" and yyyy"年"m"月" (zh-CN).
            numberFormats: [
              ['General', 'General', 'yyyy"年"m"月"d"日"', 'General', 'General', 'yyyy"年"m"月"'],
            ],
          },
        ],
      }),
    );
    expect(
      openWorkbookBuffer(await fs.readFile(file), 'late.xlsx').pkg.text('xl/styles.xml'),
    ).toMatch(/<xf [^>]*numFmtId="31"/);
    const r = await run(['score', file]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('按期交付'))!;
    expect(line).toMatch(/≤2023-12-31\s+2024-01-15\s+—\s+8\s+—\s+待人工评分/);
    expect(r.stdout).not.toContain('45291');
    expect(r.stdout).toMatch(/综合得分：\d+\.\d\d \/ 100（暂定）/);
  });

  it('scores a workbook whose names are all scoped to its sheet (as Excel makes when a sheet is copied)', async () => {
    const host = openWorkbookBuffer(handMadeWorkbook(), 'local.xlsx');
    host.pkg.setText(
      'xl/workbook.xml',
      host.pkg
        .text('xl/workbook.xml')
        .replace(/<definedName name="(\w+)">/g, '<definedName name="$1" localSheetId="0">'),
    );
    const file = path.join(dir, 'local.xlsx');
    await fs.writeFile(file, host.toBuffer());
    const r = await run(['score', file]);
    expect(r.stderr).not.toContain('缺少');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('综合得分：97.46');
  });

  it('an error value in a budget cell names the field', async () => {
    const file = await sample('error.xlsx', (host) =>
      editSheet(host, (xml) =>
        xml.replace(/<c r="E4"([^>]*?)>[\s\S]*?<\/c>/, '<c r="E4" t="e"><v>#N/A</v></c>'),
      ),
    );
    const r = await run(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${MAIN}!E4：单元格为错误值 #N/A，请更正“全年预算数”的数据`);
  });

  it('merged cells over output columns: exit 1 naming every merged area and the way out', async () => {
    const file = await sample('merged.xlsx', (host) =>
      editSheet(host, (xml) =>
        xml.replace(
          /<mergeCells count="(\d+)">/,
          (_, n: string) =>
            `<mergeCells count="${Number(n) + 2}"><mergeCell ref="K6:K7"/><mergeCell ref="L8:M8"/>`,
        ),
      ),
    );
    const r = await run(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('绩效自评表!K6:K7、绩效自评表!L8:M8');
    expect(r.stderr).toContain('取消这些合并单元格');
    expect(r.stderr).not.toContain('请稍后重试');
    expect(await exists(path.join(dir, 'merged.scored.xlsx'))).toBe(false);
  });
});

describe('file formats', () => {
  it('an .xls is scored into a new .xlsx copy with a notice; never written in place; batch includes it', async () => {
    const xlsx = await sample('legacy.xlsx');
    const folder = path.join(dir, 'xls');
    await fs.mkdir(folder);
    convert([xlsx], 'xls:MS Excel 97', folder, ['legacy.xls']);
    const xls = path.join(folder, 'legacy.xls');
    const before = await fs.readFile(xls);
    const inPlace = await run(['score', xls, '--in-place']);
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain('.xls 文件不能用 --in-place：评分结果写成 .xlsx');
    expect(inPlace.stderr.trim().split('\n')).toHaveLength(1);
    const r = await run(['score', xls]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('综合得分：99.26');
    expect(r.stderr).toContain('legacy.xls 是旧版 .xls 工作簿：评分结果写入新的 .xlsx 副本');
    expect((await fs.readFile(xls)).equals(before)).toBe(true);
    const copy = await fs.readFile(path.join(folder, 'legacy.scored.xlsx'));
    expect(
      openWorkbookBuffer(copy, 'copy.xlsx')
        .pkg.sheets()
        .map((s) => s.name),
    ).toContain('评分记录');
    await fs.rm(path.join(folder, 'legacy.scored.xlsx'));
    const summary = path.join(dir, 'xls-summary.xlsx');
    const batch = await run(['batch', folder, '--summary', summary]);
    expect(batch.stderr).toContain('已评分 1 个文件，失败 0 个');
  }, 60000);

  it('an encrypted workbook, an .xls that is not one: one line each, exit 2', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.from([4, 0, 4, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(64));
    const encrypted = path.join(dir, '加密.xlsx');
    await fs.writeFile(encrypted, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    let r = await run(['score', encrypted]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('加密.xlsx 设置了打开密码，无法读取：请在 Excel/WPS 中打开'),
    ]);
    const fake = path.join(dir, 'fake.xls');
    await fs.writeFile(fake, 'not a workbook at all');
    r = await run(['score', fake]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('fake.xls');
  });
});

describe('safety of the files written', () => {
  it('does not replace an existing output without --force', async () => {
    const file = await sample('force.xlsx');
    const out = path.join(dir, 'force.scored.xlsx');
    await fs.writeFile(out, '用户在副本里的修改');
    const r = await run(['score', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('force.scored.xlsx 已存在，未覆盖；如需覆盖请加 --force');
    expect(await fs.readFile(out, 'utf8')).toBe('用户在副本里的修改');
    expect((await run(['score', file, '--force'])).code).toBe(0);
  });

  it('--in-place refuses a read-only workbook and one that Excel, WPS or LibreOffice has open', async () => {
    const file = await sample('inplace.xlsx');
    const before = await fs.readFile(file);
    await fs.chmod(file, 0o444);
    let r = await run(['score', file, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inplace.xlsx 是只读文件，未写入');
    await fs.chmod(file, 0o644);
    for (const lock of ['~$inplace.xlsx', '.~lock.inplace.xlsx#']) {
      await fs.writeFile(path.join(dir, lock), 'owner');
      r = await run(['score', file, '--in-place']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`inplace.xlsx 正在被 Excel/WPS 打开（存在锁定文件 ${lock}）`);
      await fs.rm(path.join(dir, lock));
    }
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await run(['score', file, '--in-place'])).code).toBe(0);
  });

  it('a folder that cannot take the output: one line with the way out, exit 2', async () => {
    const file = await sample('nowhere.xlsx');
    const r = await run(['score', file, '--out', path.join(dir, 'missing', 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('不存在。请先创建该文件夹，或用 --out 指定其他位置');
    expect(r.stderr).not.toMatch(/\.tmp|ENOENT/);
  });

  it('a folder without write permission: one line naming the folder and the way out, exit 2, nothing left in it', async () => {
    // A folder the user may read but not write (owned by the account running the tests, mode
    // 0555), in a folder everyone may pass through, beside a workbook everyone may read.
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-no-write-'));
    try {
      await fs.chmod(parent, 0o755);
      const file = path.join(parent, 'nowhere.xlsx');
      await fs.copyFile(await sample('no-write.xlsx'), file);
      await fs.chmod(file, 0o644);
      const locked = path.join(parent, 'locked');
      await fs.mkdir(locked);
      await fs.chmod(locked, 0o555);
      const denied = await runAsUser(
        ['score', file, '--out', path.join(locked, 'out.xlsx')],
        parent,
      );
      expect(denied.status).toBe(2);
      expect(denied.stderr.trim().split('\n')).toHaveLength(1);
      expect(denied.stderr).toContain(
        `无法保存 ${path.join(locked, 'out.xlsx')}：没有在文件夹 ${locked} 中写入的权限。请用 --out 指定你有写入权限的位置`,
      );
      expect(denied.stderr).not.toMatch(/\.tmp|EACCES|EPERM/);
      expect(await fs.readdir(locked)).toEqual([]);
    } finally {
      await fs.rm(parent, { recursive: true, force: true });
    }
  });
});
