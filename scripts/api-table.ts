/**
 * Writes the API of `<actor-graph>` into README.md, between `<!-- api:start -->` and
 * `<!-- api:end -->`, as Markdown tables made from the custom-elements manifest (custom-elements.json,
 * itself made from the class's JSDoc by `cem analyze`). `npm run analyze` runs both.
 *
 *   npx tsx scripts/api-table.ts           rewrites the section
 *   npx tsx scripts/api-table.ts --check   exits 1 if the section is not what the manifest says
 *
 * The README is formatted with the project's Prettier settings afterwards, so the generated tables
 * and `prettier --check` agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

/** The little of the manifest schema (custom-elements-manifest 1.0) that the tables use. */
interface Described {
  readonly name: string;
  readonly description?: string;
}
interface Member extends Described {
  readonly kind: 'field' | 'method';
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly type?: { readonly text: string };
  readonly parameters?: readonly (Described & { readonly type?: { readonly text: string } })[];
  readonly return?: { readonly type?: { readonly text: string } };
}
interface Declaration extends Described {
  readonly tagName?: string;
  readonly summary?: string;
  readonly attributes?: readonly Described[];
  readonly members?: readonly Member[];
  readonly events?: readonly Described[];
  readonly slots?: readonly Described[];
  readonly cssProperties?: readonly Described[];
  readonly cssParts?: readonly Described[];
}
export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const TAG = 'actor-graph';

/** Table-cell text: one line, pipes escaped, `<` outside code spans escaped so no tag is made. */
function cell(text: string | undefined): string {
  const parts = (text ?? '').replace(/\s+/g, ' ').trim().split('`');
  return parts
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`')
    .replace(/\|/g, '\\|');
}

const code = (text: string): string => `\`${text.replace(/\|/g, '\\|')}\``;

function table(title: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [`### ${title}`, '', line(head), line(head.map(() => '---')), ...rows.map(line), ''].join('\n');
}

const isPublic = (member: Member): boolean =>
  !member.static &&
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.name.startsWith('#');

function signature(method: Member): string {
  const parameters = (method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`);
  return `${method.name}(${parameters.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

/** The Markdown for the element's API: summary, then one table per kind of thing. */
export function apiMarkdown(manifest: Manifest): string {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === TAG);
  if (!element) throw new Error(`custom-elements.json has no <${TAG}>: run npm run analyze.`);
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  return [
    `## API of \`<${TAG}>\``,
    '',
    `${cell(element.summary)} Generated from [custom-elements.json](custom-elements.json) by \`npm run analyze\`; do not edit by hand.`,
    '',
    table(
      'Attributes',
      ['Attribute', 'Description'],
      (element.attributes ?? []).map((a) => [code(a.name), cell(a.description)]),
    ),
    table(
      'Properties',
      ['Property', 'Type', 'Description'],
      fields.map((f) => [
        code(f.name),
        code(f.type?.text ?? 'unknown'),
        cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`),
      ]),
    ),
    table(
      'Methods',
      ['Method', 'Description'],
      methods.map((m) => [code(signature(m)), cell(m.description)]),
    ),
    table(
      'Events',
      ['Event', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
    ),
    table(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    table(
      'CSS custom properties',
      ['Property', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    table(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  ]
    .filter((block) => block !== '')
    .join('\n');
}

/** The README with its API section replaced, formatted as `prettier --write` would leave it. */
export async function withApiSection(
  readme: string,
  manifest: Manifest,
  readmePath = 'README.md',
): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README has no ${START} … ${END} section.`);
  const replaced = `${readme.slice(0, start + START.length)}\n\n${apiMarkdown(manifest)}\n${readme.slice(end)}`;
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(replaced, { ...options, filepath: readmePath });
}

export async function main(args: readonly string[]): Promise<number> {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
  const readme = readFileSync('README.md', 'utf8');
  const updated = await withApiSection(readme, manifest);
  if (args.includes('--check')) {
    if (updated === readme) return 0;
    console.error('README.md: the API section is out of date; run npm run analyze.');
    return 1;
  }
  if (updated !== readme) writeFileSync('README.md', updated);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
