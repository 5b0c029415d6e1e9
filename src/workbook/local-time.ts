/** Times as the product writes them into cells: the machine's time zone, to the second. */

/** "2026-11-27 03:48:00" in the machine's time zone, as the 评分记录 log shows times. */
export function localTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
