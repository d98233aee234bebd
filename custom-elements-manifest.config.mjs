/**
 * The custom-elements manifest (custom-elements.json), made from the components' JSDoc by
 * `npm run analyze`, which then has scripts/api-table.ts write the README's API tables from it.
 * tests/core/api-table.test.ts fails when either is out of date.
 */

const isPublic = (member) =>
  member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');

/**
 * Keeps the manifest to what it is for, the elements' public API: modules that define an element,
 * those elements, and their public members. Helpers, controllers and private fields (with their
 * initialisers) would only make the manifest go stale with every refactoring.
 */
function publicElementsOnly() {
  return {
    name: 'actor-graph:public-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = [];
      for (const module of customElementsManifest.modules) {
        const elements = (module.declarations ?? []).filter((declaration) => declaration.customElement);
        if (elements.length === 0) continue;
        const names = new Set(elements.map((element) => element.name));
        modules.push({
          ...module,
          declarations: elements.map((element) => ({
            ...element,
            members: (element.members ?? []).filter(isPublic),
          })),
          exports: (module.exports ?? []).filter((entry) => names.has(entry.declaration?.name)),
        });
      }
      // The analyzer lists modules in the order the file system returns them, which differs between
      // a working copy and a fresh clone; sorted by path, the manifest is the same on every machine.
      customElementsManifest.modules = modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicElementsOnly()],
};
