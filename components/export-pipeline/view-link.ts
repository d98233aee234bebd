import { viewToFragment } from '../../src/view/fragment.ts';
import type { ViewSnapshot } from '../../src/view/snapshot.ts';

export interface ViewLink {
  /** The page's address with the view in its fragment. */
  readonly href: string;
  /** Whether the link reached the clipboard; if not, the reader copies it from the address bar. */
  readonly copied: boolean;
}

/**
 * Puts the view in the page's address (`#view=…`, replacing the history entry rather than adding
 * one, and firing no `hashchange`) and copies that address. The clipboard is written before any
 * await, while the click that asked for it still counts as the reader's gesture.
 */
export async function copyViewLink(snapshot: ViewSnapshot): Promise<ViewLink> {
  const url = new URL(location.href);
  url.hash = viewToFragment(snapshot);
  history.replaceState(history.state, '', url);
  const href = url.href;
  const writing = navigator.clipboard?.writeText(href);
  try {
    if (!writing) return { href, copied: false };
    await writing;
    return { href, copied: true };
  } catch {
    return { href, copied: false };
  }
}
