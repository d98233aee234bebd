/**
 * Which source URLs may become links. The widget and the exporters both ask this one function, so a
 * URL is linked everywhere or nowhere.
 *
 * The URL is trimmed and parsed as browsers parse it (WHATWG), and the normalised `href` is returned,
 * so what a link shows is where it goes. Only absolute `http:` and `https:` URLs qualify: no
 * `javascript:`, `data:` or `file:`, however they are spelled, and nothing relative or
 * scheme-relative (`//evil.example`), which would resolve against the embedding page. URLs with
 * credentials are refused: no published source needs them, and `https://trusted.example@evil.example/`
 * reads as trusted but goes to evil.example.
 */
export function safeLinkUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return url.href;
}
