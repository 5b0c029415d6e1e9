/** The shared string table (xl/sharedStrings.xml): each <si> item's text, read once. */
import { stringItemText } from './xml';

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[2] ? stringItemText(m[2]) : '');
  return out;
}
