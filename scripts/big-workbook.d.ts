import type { TemplateSpec } from '../src/workbook/template/spec';

/** The sample template's spec with its indicator table stretched to `count` generated rows. */
export function bigSpec(count: number): TemplateSpec;
