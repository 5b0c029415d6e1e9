/**
 * Texts of the .xlsx host (src/hosts/xlsx): reading and writing files. Loading this module adds
 * them to the catalog (src/hosts/xlsx/errors.ts imports it; the pane never does).
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const xlsxMessages = {
  // Reading and writing .xlsx files.
  'xlsx.file.notFound': {
    'zh-CN': '找不到文件 {file}',
    'en-US': 'File not found: {file}',
  },
  'xlsx.file.notWorkbook': {
    'zh-CN': '{file} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后版本的格式）',
    'en-US': '{file} is not an .xlsx workbook (its content is not the Excel 2007+ file format)',
  },
  'xlsx.file.legacyOrEncrypted': {
    'zh-CN':
      '{file} 是旧版 .xls 工作簿或设置了打开密码的工作簿，无法读取：请在 Excel 中另存为 .xlsx（不设密码）后再试',
    'en-US':
      '{file} is an old .xls workbook or a password-protected one and cannot be read: save it as .xlsx (without a password) in Excel and try again',
  },
  'xlsx.file.empty': {
    'zh-CN': '{file} 是空文件（0 字节）：请从原处重新获取该工作簿',
    'en-US': '{file} is empty (0 bytes): get the workbook again from where it came from',
  },
  'xlsx.file.encrypted': {
    'zh-CN':
      '{file} 设置了打开密码，无法读取：请在 Excel/WPS 中打开，在“文件 > 信息 > 保护工作簿”中删除密码并保存后再试',
    'en-US':
      '{file} is protected by a password to open and cannot be read: open it in Excel or WPS, remove the password (File > Info > Protect Workbook), save and try again',
  },
  'xlsx.file.broken': {
    'zh-CN':
      '{file} 已损坏或不完整（可能未完整下载或复制）：请从原处重新获取，或在 Excel/WPS 中打开并另存为 .xlsx 后再试',
    'en-US':
      '{file} is damaged or incomplete (perhaps not fully downloaded or copied): get it again, or open it in Excel or WPS and save it as .xlsx, then try again',
  },
  'xlsx.file.isFolder': {
    'zh-CN':
      '{file} 是文件夹，不是工作簿：请指定一个 .xlsx 文件（评分整个文件夹请用 perfscore batch）',
    'en-US':
      '{file} is a folder, not a workbook: name an .xlsx file (perfscore batch scores a whole folder)',
  },
  'xlsx.file.noAccess': {
    'zh-CN': '没有权限读取 {file}：请检查文件权限，或把文件复制到自己的文件夹后再试',
    'en-US':
      'No permission to read {file}: check its permissions, or copy it into a folder of yours and try again',
  },
  'xlsx.file.xlsCopy': {
    'zh-CN': '{file} 是旧版 .xls 工作簿：评分结果写入新的 .xlsx 副本 {out}，原 .xls 文件未改动',
    'en-US':
      '{file} is an old .xls workbook: the scores go to a new .xlsx copy, {out}; the .xls file is not changed',
  },
  'xlsx.file.xlsUnreadable': {
    'zh-CN':
      '{file} 不是可读取的 .xls 工作簿（可能已损坏或设置了密码）：请在 Excel/WPS 中打开并另存为 .xlsx 后再试',
    'en-US':
      '{file} is not a readable .xls workbook (damaged or password-protected): open it in Excel or WPS, save it as .xlsx and try again',
  },
  'xlsx.save.failed': {
    'zh-CN': '无法保存 {file}：{reason}（原文件未改动）',
    'en-US': 'Cannot save {file}: {reason} (the existing file was not changed)',
  },
  'xlsx.save.noPermission': {
    'zh-CN':
      '无法保存 {file}：没有在文件夹 {folder} 中写入的权限。请用 --out 指定你有写入权限的位置',
    'en-US':
      'Cannot save {file}: no permission to write in the folder {folder}. Name a place you can write to with --out',
  },
  'xlsx.save.readOnlyDisk': {
    'zh-CN': '无法保存 {file}：所在磁盘为只读。请用 --out 指定其他位置',
    'en-US': 'Cannot save {file}: its disk is read-only. Name another place with --out',
  },
  'xlsx.save.diskFull': {
    'zh-CN': '无法保存 {file}：磁盘空间不足。请清理磁盘或用 --out 指定其他位置（原文件未改动）',
    'en-US':
      'Cannot save {file}: the disk is full. Free some space or name another place with --out (the existing file was not changed)',
  },
  'xlsx.save.noFolder': {
    'zh-CN': '无法保存 {file}：文件夹 {folder} 不存在。请先创建该文件夹，或用 --out 指定其他位置',
    'en-US':
      'Cannot save {file}: the folder {folder} does not exist. Create it first or name another place with --out',
  },
  'xlsx.save.isFolder': {
    'zh-CN': '无法保存 {file}：该路径是一个文件夹。请用 --out 指定文件名',
    'en-US': 'Cannot save {file}: it is a folder. Name a file with --out',
  },
  'xlsx.write.noSheet': {
    'zh-CN': '工作簿中没有工作表“{sheet}”',
    'en-US': 'The workbook has no sheet "{sheet}"',
  },
  'xlsx.write.badAddress': {
    'zh-CN': '无效的单元格地址：{address}',
    'en-US': 'Not a cell address: {address}',
  },
  'xlsx.write.shape': {
    'zh-CN': '写入 {address} 的数据行列数与区域不符',
    'en-US': 'The data written to {address} does not have the shape of the range',
  },
  'xlsx.write.mergedCells': {
    'zh-CN':
      '无法写入 {cells}：它们位于合并单元格 {areas} 之内。请在 Excel/WPS 中取消这些合并单元格（输出列的每个单元格需要单独存在）后再试',
    'en-US':
      'Cannot write {cells}: they lie inside the merged areas {areas}. Unmerge those areas in Excel or WPS (every cell of an output column must stand on its own) and try again',
  },
  'xlsx.write.badNumber': {
    'zh-CN': '{cell} 不能写入非有限数值',
    'en-US': '{cell}: a non-finite number cannot be written',
  },
  'xlsx.name.badReference': {
    'zh-CN': '名称 {name} 的引用无效：{reference}',
    'en-US': 'The name {name} has an invalid reference: {reference}',
  },
  'xlsx.name.notFound': {
    'zh-CN': '工作簿中没有名称 {name}，无法删除',
    'en-US': 'The workbook has no name {name} to delete',
  },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    xlsx: typeof xlsxMessages;
  }
}

registerMessages(xlsxMessages);
