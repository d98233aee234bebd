import type { Plugin } from 'vite';

/** A Lit `css` template: its text between the backticks (interpolations hold no backtick). */
const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;
/** Quoted strings and comments, the parts of CSS whose whitespace is not ours to touch (or gone). */
const STRING_OR_COMMENT = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\*[\s\S]*?\*\/)/;

/**
 * CSS without its comments and the whitespace nothing reads: runs of whitespace become one space,
 * and none is left next to `{ } ; ,`. Nothing else changes: not quoted strings, not the spaces a
 * selector or `calc()` needs (around `:` `+` `-` `>`), not `${…}` interpolations.
 */
export function minifyCss(text: string, trim = true): string {
  const collapsed = text
    .split(STRING_OR_COMMENT)
    .map((part, i) => (i % 2 === 1 ? (part.startsWith('/*') ? ' ' : part) : part))
    .join('')
    .split(STRING_OR_COMMENT)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1')))
    .join('');
  return trim ? collapsed.trim() : collapsed;
}

/** Every Lit `css` template in `code`, minified (interpolations kept as they are). */
export function minifyCssTemplates(code: string): string {
  return code.replace(CSS_TEMPLATE, (_template, body: string) => {
    // The static parts between interpolations, each minified on its own.
    // Only the template's own ends are trimmed: a space beside an interpolation may separate values.
    const parts = body.split(/(\$\{[^}]*\})/);
    const text = parts
      .map((part, i) => (i % 2 === 1 ? part : minifyCss(part, false)))
      .join('')
      .trim();
    return `css\`${text}\``;
  });
}

/**
 * The components' Lit stylesheets, minified: their comments and indentation are for people reading
 * the source, and were a tenth of the widget's own code. Built code only.
 */
export function minifyLitCss(files: RegExp): Plugin {
  return {
    name: 'actor-graph:minify-lit-css',
    apply: 'build',
    transform: {
      filter: { id: files },
      handler(code) {
        if (!code.includes('css`')) return null;
        const minified = minifyCssTemplates(code);
        return minified === code ? null : { code: minified, map: null };
      },
    },
  };
}
