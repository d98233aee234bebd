/**
 * How long an object URL outlives the click that downloads it. Chromium takes hold of the blob when
 * the click starts the download, but other browsers read it later; a revoked URL there is a failed
 * download. Half a minute is what FileSaver.js found safe, and the memory is given back after it.
 */
const REVOKE_AFTER_MS = 30_000;

/**
 * Saves `blob` as a file named `fileName`: a link with `download` and an object URL, clicked inside
 * `root` (the widget's shadow root, so nothing is added to the page), then removed. No new window,
 * no data: URL, nothing a strict Content Security Policy blocks.
 */
export function saveFile(root: ParentNode, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
