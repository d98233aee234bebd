/** The panel's items: what ↑ ↓ Home End move between (radio groups keep their own arrows). */
const items = (panel: HTMLElement): HTMLElement[] => [...panel.querySelectorAll<HTMLElement>('[data-item]')];

export function focusItem(panel: HTMLElement, which: 'first' | 'last'): void {
  const all = items(panel);
  (which === 'first' ? all[0] : all[all.length - 1])?.focus();
}

/**
 * Where a key pressed on an item moves focus, as in a menu: ↓ and ↑ to the next and previous item
 * (wrapping), Home and End to the first and last. Undefined for other keys and other targets.
 */
export function itemKeyTarget(panel: HTMLElement, event: KeyboardEvent): HTMLElement | undefined {
  const all = items(panel);
  const at = all.indexOf(event.target as HTMLElement);
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowDown':
      return all[(at + 1) % all.length];
    case 'ArrowUp':
      return all[(at - 1 + all.length) % all.length];
    case 'Home':
      return all[0];
    case 'End':
      return all[all.length - 1];
    default:
      return undefined;
  }
}
