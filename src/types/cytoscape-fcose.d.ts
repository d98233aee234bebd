// cytoscape-fcose ships no type declarations; this is the part of its API we use.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
