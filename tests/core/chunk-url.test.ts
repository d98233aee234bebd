/**
 * The chunk-url plugin's `?chunk&dynamic-urls`, in a real build of a small project: the URLs of the
 * chunk the bundler made for a module imported on demand elsewhere, and of its static imports, with
 * the chunks left as they were; and a clear build error when no chunk was made for it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkUrl } from '../../scripts/vite/chunk-url.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Builds `files` (entry `main.ts`) and returns the chunks' file names and the entry's code. */
async function buildProject(files: Record<string, string>): Promise<{ chunks: string[]; main: string }> {
  const root = mkdtempSync(join(tmpdir(), 'chunk-url-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [chunkUrl(root)],
    build: {
      outDir: join(root, 'dist'),
      modulePreload: false,
      minify: false,
      rolldownOptions: {
        input: join(root, 'main.ts'),
        output: { entryFileNames: '[name].js', chunkFileNames: 'assets/[name].js' },
      },
    },
  });
  const chunks = readdirSync(join(root, 'dist', 'assets'))
    .filter((f) => f.endsWith('.js'))
    .sort();
  return { chunks, main: readFileSync(join(root, 'dist', 'main.js'), 'utf8') };
}

/** `reader` and `other` are imported on demand and share `shared`, which gets a chunk of its own. */
const LAZY = {
  'shared.ts': `export const shared = (x: number) => x * 2;`,
  'reader.ts': `import { shared } from './shared.ts'; export const read = () => shared(21);`,
  'other.ts': `import { shared } from './shared.ts'; export const more = () => shared(2);`,
  'widget.ts': `export const later = () => Promise.all([import('./reader.ts'), import('./other.ts')]);`,
};

describe('?chunk&dynamic-urls', () => {
  it("lists the on-demand module's chunk and its static imports, and adds no chunk", async () => {
    const plain = await buildProject({
      ...LAZY,
      'main.ts': `import { later } from './widget.ts'; console.log(later);`,
    });
    const early = await buildProject({
      ...LAZY,
      'main.ts': `import { later } from './widget.ts'; import urls from './reader.ts?chunk&dynamic-urls'; console.log(later, urls);`,
    });
    expect(early.chunks).toEqual(plain.chunks);
    const reader = early.chunks.find((f) => f === 'reader.js');
    expect(reader).toBeDefined();
    const listed = [
      ...early.main.matchAll(/new URL\(["'`]\.\/assets\/([\w.-]+)["'`], import\.meta\.url\)/g),
    ].map((m) => m[1]);
    expect(listed[0]).toBe(reader);
    // Everything the reader's chunk imports statically is listed with it.
    const readerCode = readFileSync(join(folders[1]!, 'dist', 'assets', reader!), 'utf8');
    const imported = [...readerCode.matchAll(/from ["']\.\/([\w.-]+)["']/g)].map((m) => m[1]);
    expect(imported).toEqual(['shared.js']);
    expect(listed).toEqual([reader, 'shared.js']);
    expect(early.main).not.toContain('__chunk_dynamic_');
  });

  it('fails the build, naming the module, when nothing imports it on demand', async () => {
    await expect(
      buildProject({
        ...LAZY,
        'main.ts': `import { later } from './widget.ts'; import urls from './shared.ts?chunk&dynamic-urls'; console.log(later, urls);`,
      }),
    ).rejects.toThrow(/shared\.ts has no chunk of its own/);
  });
});
