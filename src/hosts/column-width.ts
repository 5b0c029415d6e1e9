/**
 * An .xlsx column width (characters of the default font's widest digit, padding included, as
 * exceljs writes it) in points, as Excel draws it with its default font (Calibri 11: 7-pixel
 * digits; 96 dpi, 0.75 point per pixel): 10 → 70 px → 52.5 pt. Shared by the Office host
 * (Range.format.columnWidth is in points) and the fake's template loader.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}
