import { parseViewSnapshot } from './read-snapshot.ts';
import { serializeViewSnapshot, type SnapshotResult, type ViewSnapshot } from './snapshot.ts';
import { PROBLEM_CODES } from '../validate/problem.ts';
import { FRAGMENT_KEY, viewParam } from './fragment-param.ts';

/**
 * A view snapshot in a URL fragment (`#view=...`), so an explorer link opens exactly that view. The
 * fragment never reaches a server. base64url keeps it to characters that survive copy and paste.
 */
const KEY = FRAGMENT_KEY;

export function viewToFragment(snapshot: ViewSnapshot): string {
  const bytes = new TextEncoder().encode(serializeViewSnapshot(snapshot, 0));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `${KEY}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export { viewParam };

/** The snapshot in a location hash (with or without `#`), undefined when it holds none. */
export async function viewFromFragment(hash: string): Promise<SnapshotResult | undefined> {
  const value = viewParam(hash);
  if (value === null) return undefined;
  let bytes: Uint8Array;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return {
      problems: [
        {
          code: PROBLEM_CODES.notJson,
          severity: 'error',
          file: 'the link',
          path: '$',
          message: 'The view in the link is damaged (it is not valid base64url); was the link cut short?',
        },
      ],
    };
  }
  return parseViewSnapshot(bytes, 'the link');
}
