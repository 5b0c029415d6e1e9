import { RowStyles } from '../../../src/hosts/xlsx/package/row-styles';

describe('RowStyles', () => {
  it('answers each formatted row with its style, and undefined for the others', () => {
    const styles = new RowStyles();
    for (let row = 5; row <= 1_048_576; row++) styles.set(row, row < 10 ? 2 : 3);
    expect(styles.get(4)).toBeUndefined();
    expect(styles.get(5)).toBe(2);
    expect(styles.get(9)).toBe(2);
    expect(styles.get(10)).toBe(3);
    expect(styles.get(1_048_576)).toBe(3);
  });

  it('leaves rows between formatted ones unformatted', () => {
    const styles = new RowStyles();
    styles.set(2, 1);
    styles.set(4, 1);
    expect([1, 2, 3, 4, 5].map((r) => styles.get(r))).toEqual([
      undefined,
      1,
      undefined,
      1,
      undefined,
    ]);
  });

  it('answers right when a sheet lists its rows out of order (the last listing wins)', () => {
    const styles = new RowStyles();
    styles.set(7, 1);
    styles.set(3, 2);
    styles.set(7, 5);
    expect(styles.get(3)).toBe(2);
    expect(styles.get(7)).toBe(5);
    expect(styles.get(5)).toBeUndefined();
  });
});
