/**
 * Where a DOM selection falls in the article's text. The text is drawn as pieces (`[data-at]`, the
 * UTF-16 index where each starts); a range endpoint is a text node inside a piece, a piece, or the
 * text box itself with a child index. Everything here is UTF-16: the article converts to code points.
 */

/** The UTF-16 index in the whole text of a range endpoint inside `box`, or undefined if outside it. */
export function indexAt(box: HTMLElement, node: Node, offset: number, length: number): number | undefined {
  if (!box.contains(node)) return undefined;
  if (node === box) return startOfChild(box, offset, length);
  const piece = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-at]');
  if (!piece || !box.contains(piece)) return undefined;
  const at = Number(piece.dataset['at']);
  if (node.nodeType === Node.TEXT_NODE) return at + offset;
  // An element endpoint: count the text before child `offset` (Lit's comment markers count nothing).
  let before = 0;
  node.childNodes.forEach((child, i) => {
    if (i < offset && child.nodeType === Node.TEXT_NODE) before += (child as Text).length;
  });
  return at + before;
}

/** Index where child `offset` of the box starts: the next piece's start, or the end of the text. */
function startOfChild(box: HTMLElement, offset: number, length: number): number {
  for (let child = box.childNodes[offset] ?? null; child; child = child.nextSibling) {
    if (child instanceof HTMLElement && child.dataset['at'] !== undefined) return Number(child.dataset['at']);
  }
  return length;
}

interface ComposedSelection {
  getComposedRanges(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
}

/**
 * The reader's selection as a range with its ends inside `root` (a shadow root). The standard way is
 * `getComposedRanges`; Chromium before 137 has only `ShadowRoot.getSelection`.
 */
export function selectionRange(root: ShadowRoot): AbstractRange | undefined {
  const selection = document.getSelection();
  if (selection && 'getComposedRanges' in selection) {
    const ranges = (selection as unknown as ComposedSelection).getComposedRanges({ shadowRoots: [root] });
    return ranges[0];
  }
  const legacy = (root as unknown as { getSelection?: () => Selection | null }).getSelection?.();
  return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : undefined;
}
