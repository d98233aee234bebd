/**
 * The README's API section, custom-elements.json and the components' JSDoc say the same thing: the
 * analyzer (run here, without writing) makes the committed manifest, the README's tables are what
 * scripts/api-table.ts makes of it, and every event, custom property and part of `<actor-graph>`'s
 * JSDoc reaches the manifest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORWARDED, PARTS } from '../../components/actor-graph/forwarding.ts';
import { END, START, apiMarkdown, withApiSection, type Manifest } from '../../scripts/api-table.ts';

/** The analyzer's CLI (`cem analyze`), which ships no types; with `noWrite` it only returns the manifest. */
type Analyze = (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<unknown>;
const ANALYZER: string = '@custom-elements-manifest/analyzer/cli.js';
const { cli } = (await import(ANALYZER)) as { cli: Analyze };

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const readme = readFileSync('README.md', 'utf8');
const shellSource = readFileSync('components/actor-graph/actor-graph.ts', 'utf8');

const shellIn = (manifest: Manifest) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'actor-graph')!;

/** The names after one JSDoc tag in the shell's source, e.g. every `@csspart x`. */
const tagged = (tag: string): string[] =>
  [...shellSource.matchAll(new RegExp(`^\\s*\\* @${tag} (\\S+)`, 'gm'))].map((match) => match[1]!);

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the components now (else: npm run analyze)', async () => {
    const fresh = (await cli({
      argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
      cwd: process.cwd(),
      noWrite: true,
    })) as Manifest;
    expect(fresh).toEqual(committed);
  });

  it("lists every @attr, @fires, @cssproperty and @csspart of <actor-graph>'s JSDoc", () => {
    const shell = shellIn(committed);
    const names = (items: readonly { name: string }[] | undefined) => (items ?? []).map((i) => i.name).sort();
    expect(names(shell.attributes)).toEqual(tagged('attr').sort());
    expect(names(shell.events)).toEqual(tagged('fires').sort());
    expect(names(shell.cssProperties)).toEqual(tagged('cssproperty').sort());
    expect(names(shell.cssParts)).toEqual(tagged('csspart').sort());
    // Documented parts are exactly the parts the shell re-exports from the widget.
    expect(names(shell.cssParts)).toEqual([...PARTS].sort());
    for (const name of FORWARDED) expect(names(shell.attributes)).toContain(name);
  });

  it('has <actor-graph> forward every part and attribute that <actor-graph-view> documents', () => {
    const view = committed.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'actor-graph-view')!;
    for (const part of view.cssParts ?? []) expect(PARTS).toContain(part.name);
    for (const attribute of view.attributes ?? []) expect(FORWARDED).toContain(attribute.name);
  });
});

describe('the README API section', () => {
  it('is what scripts/api-table.ts makes of the manifest (else: npm run analyze)', async () => {
    expect(await withApiSection(readme, committed)).toBe(readme);
  });

  it('names every attribute, event, custom property and part', () => {
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const shell = shellIn(committed);
    for (const item of [
      ...(shell.attributes ?? []),
      ...(shell.events ?? []),
      ...(shell.cssProperties ?? []),
      ...(shell.cssParts ?? []),
    ]) {
      expect(section).toContain(`\`${item.name}\``);
    }
  });

  it('is caught when stale, and only the section is rewritten', async () => {
    const changed: Manifest = JSON.parse(JSON.stringify(committed));
    const part = shellIn(changed).cssParts![0]!;
    (part as { description: string }).description = 'A description the README does not have yet.';
    const updated = await withApiSection(readme, changed);
    expect(updated).not.toBe(readme);
    expect(updated).toContain('A description the README does not have yet.');
    const outside = (text: string) => [text.slice(0, text.indexOf(START)), text.slice(text.indexOf(END))];
    expect(outside(updated)).toEqual(outside(readme));
  });

  it('escapes what Markdown would misread in a cell', () => {
    const manifest: Manifest = {
      modules: [
        {
          declarations: [
            {
              name: 'X',
              tagName: 'actor-graph',
              attributes: [{ name: 'a', description: 'One | two <b>bold</b> `<kept>`' }],
            },
          ],
        },
      ],
    };
    expect(apiMarkdown(manifest)).toContain('| `a` | One \\| two &lt;b>bold&lt;/b> `<kept>` |');
  });
});
