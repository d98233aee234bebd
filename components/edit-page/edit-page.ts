/**
 * The Edit page (`edit.html`): the review editor, opening `?src=` (a dataset's URL, relative to the
 * page) when the address gives one, so a link can open a graph for editing.
 */
import '../graph-editor/graph-editor.ts';

const editor = document.querySelector('actor-graph-editor');
const src = new URLSearchParams(location.search).get('src');
if (editor && src) editor.src = src;
