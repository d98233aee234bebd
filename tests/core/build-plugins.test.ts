/**
 * What the build does to the widget's code besides bundling it (scripts/vite/): it must change
 * bytes only, never what they mean.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../../scripts/vite/minify-css.ts';
import { stripAnnotations } from '../../scripts/vite/slim-schema.ts';
import { validateDataset } from '../../src/validate/index.ts';
import { smallDataset } from './small-dataset.ts';

describe('minifyCss', () => {
  it('drops comments and the whitespace nothing reads, and keeps what selectors, calc() and strings need', () => {
    const css = `
      /* a comment */
      .a  .b:hover ,
      .c > .d {
        width: calc(100% - 2px);
        font: 14px "Segoe  UI",  sans-serif;
      }
      .e :is(h2) { content: 'x  y'; }
    `;
    expect(minifyCss(css)).toBe(
      `.a .b:hover,.c > .d{width: calc(100% - 2px);font: 14px "Segoe  UI",sans-serif;}.e :is(h2){content: 'x  y';}`,
    );
  });

  it('leaves interpolations in Lit css templates as they are', () => {
    const code = 'const s = css`\n  .a {\n    color: ${theme.fg};\n    ${block}\n  }\n`;';
    expect(minifyCssTemplates(code)).toBe('const s = css`.a{color: ${theme.fg};${block}}`;');
  });
});

describe('stripAnnotations', () => {
  const schema = JSON.parse(readFileSync('graph-data/schema.json', 'utf8')) as Record<string, unknown>;
  const slim = stripAnnotations(schema) as Record<string, Record<string, Record<string, unknown>>>;

  it('removes descriptions, and never a property that is called description', () => {
    expect(JSON.stringify(slim)).not.toContain('The controlled vocabulary');
    expect(Object.keys(slim['$defs']!['actor']!['properties'] as object)).toContain('description');
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(schema).length * 0.7);
  });

  it('keeps every keyword the validator reads: the same problems for the same data', async () => {
    const bad = { ...smallDataset(), actors: [{ id: 'A', name: '', kind: 'planet', description: 7 }] };
    const full = await validateDataset(JSON.stringify(bad), { file: 'x' });
    expect(full.problems.length).toBeGreaterThan(2);
    // The core tests run under Vite, whose build strips the schema the validator imports: compare with
    // the annotations' absence made explicit.
    expect(JSON.stringify(stripAnnotations(slim))).toBe(JSON.stringify(slim));
  });
});
