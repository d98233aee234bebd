/**
 * The shell's own styles, as a constructed stylesheet: under a strict CSP (no 'unsafe-inline') a
 * `<style>` element would be blocked, adopted sheets are not.
 */
export function shellStyles(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host {
      display: block;
      position: relative;
      /* Reserve the widget's height before the heavy part arrives, so the article does not jump. */
      min-height: var(--actor-graph-reserved-height, calc(var(--actor-graph-height, 560px) + 170px));
    }
    :host([hidden]) { display: none; }
    :host([data-state='ready']) { min-height: 0; }
    .fallback[hidden] { display: none; }
    .message {
      all: initial;
      display: block;
      margin: 0 0 12px;
      padding: 12px 14px;
      border: 1px solid #d0d7de;
      border-radius: 8px;
      font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1f2328;
      background: #fff8f0;
    }
    .message[hidden] { display: none; }
  `);
  return sheet;
}
