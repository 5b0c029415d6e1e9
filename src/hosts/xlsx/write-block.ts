/**
 * The block of cells one write of a plan covers, checked before anything is written: an A1
 * address, and values of the block's shape (a single top-left cell takes a block of any shape).
 * The .xlsx host refuses a write that fails this with an error naming its cells.
 */
import { heightOf, parseBlock, whereOf, widthOf, type Block } from '../../workbook/a1';
import type { CellWrite } from '../../workbook/port/types';
import { XlsxError } from './errors';

export function writeBlock(write: CellWrite): Block {
  const block = parseBlock(write.address);
  const where = whereOf(write.sheet, write.address);
  if (!block) throw new XlsxError('xlsx.write.badAddress', { address: where });
  const rows = write.values.length;
  const columns = rows ? write.values[0].length : 0;
  const single = block.top === block.bottom && block.left === block.right;
  const fits =
    write.values.every((row) => row.length === columns) &&
    (single || (rows === heightOf(block) && columns === widthOf(block)));
  if (!fits) throw new XlsxError('xlsx.write.shape', { address: where });
  return block;
}
