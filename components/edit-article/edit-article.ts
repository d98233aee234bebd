import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { segmentsOf, type Segment } from '../../src/edit/segments.ts';
import { step } from '../../src/edit/text-steps.ts';
import { indexText, type TextIndex } from '../../src/text/code-points.ts';
import { emitEdit, type TextSelection } from '../graph-editor/edit-events.ts';
import { ARTICLE_KEYS, caretMove, lineEdge } from './article-keys.ts';
import { indexAt, selectionRange } from './dom-offsets.ts';
import styles from './edit-article.styles.ts';
import { findAll } from '../../src/edit/find-text.ts';

/** A quote of a relation, highlighted in the text (code-point offsets). */
export interface ArticleMark {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly draft: boolean;
  readonly problem: boolean;
}

/** How far from the caret its announcement reads, in UTF-16 units. */
const PREVIEW = 60;

/**
 * A source text with every quote highlighted, where the reader selects words to quote: with the
 * mouse, with the keyboard (the text box is one tab stop with its own caret), or by finding them.
 * The selection is drawn by the element itself, so it looks the same however it was made.
 *
 * @summary The article of `<actor-graph-editor>`, with highlights and selection.
 *
 * @fires actor-graph-edit-text-select - The selection changed. `detail: { selection }` (code points).
 * @fires actor-graph-edit-choose - The reader clicked a highlighted quote. `detail: { relation }`.
 * @fires actor-graph-edit-announce - A sentence for the editor's live region.
 *
 * @csspart text - The scrolling box of the text.
 */
@customElement('actor-graph-edit-article')
export class ActorGraphEditArticle extends LitElement {
  static override styles = styles;

  private index: TextIndex = indexText('');
  private pieces: Segment[] = [];
  private found: { readonly count: number; readonly at: number } | undefined;

  @query('.text') private box!: HTMLElement | null;

  /** Anchor and focus of the selection, in UTF-16 indexes; undefined before any caret is placed. */
  @state() private anchorAt: number | undefined;
  @state() private caretAt: number | undefined;
  @state() private query = '';

  @property() text = '';
  /** Id of the source the text is. */
  @property() source = '';
  @property() language: string | undefined;
  @property({ attribute: false }) marks: readonly ArticleMark[] = [];
  /** The relation shown in the editor: its quotes stand out. */
  @property() active: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('text')) {
      this.index = indexText(this.text);
      this.anchorAt = this.caretAt = undefined;
    }
    if (['text', 'marks', 'anchorAt', 'caretAt'].some((key) => changed.has(key))) {
      const marks = this.marks.map((m) => ({
        id: m.id,
        start: this.index.toUtf16(m.start),
        end: this.index.toUtf16(m.end),
      }));
      const cuts = [this.anchorAt, this.caretAt].filter((n): n is number => n !== undefined);
      this.pieces = segmentsOf(this.text.length, marks, cuts);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('mouseup', this.onMouseUp);
  }

  /** Forgets the selection (the editor used it). */
  clearSelection(): void {
    this.anchorAt = this.caretAt = undefined;
  }

  /** Scrolls the quote at code-point offset `start` into view. */
  async reveal(start: number): Promise<void> {
    await this.updateComplete;
    const at = this.index.toUtf16(start);
    const piece = [...(this.box?.querySelectorAll<HTMLElement>('[data-at]') ?? [])].find(
      (p) => Number(p.dataset['at']) >= at,
    );
    piece?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  private select(anchor: number, focus: number, say = true): void {
    this.anchorAt = anchor;
    this.caretAt = focus;
    const start = Math.min(anchor, focus);
    const end = Math.max(anchor, focus);
    const selection: TextSelection = {
      source: this.source,
      start: this.index.toCodePoint(start),
      end: this.index.toCodePoint(end),
      text: this.text.slice(start, end),
    };
    emitEdit(this, 'actor-graph-edit-text-select', { selection });
    if (!say) return;
    const message =
      start === end
        ? `Caret at character ${selection.start}, before “${this.text.slice(end, end + PREVIEW).trim()}…”`
        : `Selected “${selection.text.length > 2 * PREVIEW ? `${selection.text.slice(0, PREVIEW)}…${selection.text.slice(-PREVIEW)}` : selection.text}”, characters ${selection.start}–${selection.end}.`;
    emitEdit(this, 'actor-graph-edit-announce', { message });
  }

  /**
   * A drag that starts in the text may end outside it (past its edge, over the page): the release is
   * listened for on the whole window, once.
   */
  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0) return;
    addEventListener('mouseup', this.onMouseUp, { once: true });
  };

  private readonly onMouseUp = (event: MouseEvent): void => {
    const box = this.box;
    const range = selectionRange(this.shadowRoot!);
    if (!box || !range) return;
    const start = indexAt(box, range.startContainer, range.startOffset, this.text.length);
    const end = indexAt(box, range.endContainer, range.endOffset, this.text.length);
    if (start === undefined || end === undefined) return;
    // The element draws the selection itself from here on; the browser's would go stale on redraw.
    document.getSelection()?.removeAllRanges();
    this.select(start, end, start !== end);
    const mark = event
      .composedPath()
      .find((target) => target instanceof HTMLElement && target.localName === 'mark');
    if (start === end && mark instanceof HTMLElement) {
      const ids = (mark.dataset['ids'] ?? '').split(' ').filter(Boolean);
      // A click on a quote of several relations goes round them.
      const next = ids[(ids.indexOf(this.active ?? '') + 1) % ids.length];
      if (next) emitEdit(this, 'actor-graph-edit-choose', { relation: next, reveal: false });
    }
    box.focus({ preventScroll: true });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.anchorAt !== this.caretAt && this.caretAt !== undefined) {
      this.select(this.caretAt, this.caretAt);
      event.preventDefault();
      return;
    }
    const move = caretMove(event);
    if (!move) return;
    event.preventDefault();
    const from = this.caretAt ?? this.firstVisible();
    const anchor = this.anchorAt ?? from;
    let to: number;
    if ('line' in move) to = lineEdge(this.text, from, move.line);
    else if (!move.extend && anchor !== from && move.step === 'character') {
      // As in text fields: ← and → first collapse a selection to its start or end.
      to = move.direction === 1 ? Math.max(anchor, from) : Math.min(anchor, from);
    } else to = step(this.text, from, move.step, move.direction, this.language);
    this.select(move.extend ? anchor : to, to);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('.caret')?.scrollIntoView({ block: 'nearest', behavior: 'instant' }),
    );
  };

  /** Where the keyboard's caret starts: the first piece of text in sight. */
  private firstVisible(): number {
    const box = this.box;
    if (!box) return 0;
    const top = box.getBoundingClientRect().top;
    const piece = [...box.querySelectorAll<HTMLElement>('[data-at]')].find(
      (p) => p.getBoundingClientRect().bottom > top,
    );
    return piece ? Number(piece.dataset['at']) : 0;
  }

  private find(direction: 1 | -1): void {
    const matches = findAll(this.text, this.query);
    if (matches.length === 0) {
      this.found = { count: 0, at: -1 };
      emitEdit(this, 'actor-graph-edit-announce', { message: `“${this.query}” is not in the text.` });
      this.requestUpdate();
      return;
    }
    const from = this.caretAt ?? 0;
    const start = Math.min(this.anchorAt ?? from, from);
    const k =
      direction === 1
        ? matches.findIndex((m) => m.start > start)
        : matches.findLastIndex((m) => m.start < start);
    const at = k >= 0 ? k : direction === 1 ? 0 : matches.length - 1;
    const match = matches[at]!;
    this.found = { count: matches.length, at };
    this.select(match.start, match.end, false);
    emitEdit(this, 'actor-graph-edit-announce', {
      message: `Found ${at + 1} of ${matches.length}${matches.length >= 1000 ? ' or more' : ''}: “${this.text.slice(match.start, match.end)}” selected, characters ${this.index.toCodePoint(match.start)}–${this.index.toCodePoint(match.end)}.`,
    });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('.selected')?.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
  }

  private readonly onFindKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.find(event.shiftKey ? -1 : 1);
  };

  private renderPiece(piece: Segment, marks: ReadonlyMap<string, ArticleMark[]>): unknown {
    const lo = Math.min(this.anchorAt ?? -1, this.caretAt ?? -1);
    const hi = Math.max(this.anchorAt ?? -1, this.caretAt ?? -1);
    const selected = piece.start >= lo && piece.end <= hi && lo < hi;
    const caret =
      piece.start === this.caretAt ? html`<span class="caret" aria-hidden="true"></span>` : nothing;
    const body = this.text.slice(piece.start, piece.end);
    if (piece.ids.length === 0) {
      return html`${caret}<span data-at=${piece.start} class=${selected ? 'selected' : ''}>${body}</span>`;
    }
    const of = piece.ids.flatMap((id) => marks.get(id) ?? []);
    const classes = [
      of.every((m) => m.draft) ? 'draft' : 'reviewed',
      piece.ids.includes(this.active ?? '') ? 'active' : '',
      of.some((m) => m.problem) ? 'problem' : '',
      selected ? 'selected' : '',
    ].join(' ');
    return html`${caret}<mark data-at=${piece.start} data-ids=${piece.ids.join(' ')} class=${classes}
        >${body}</mark
      >`;
  }

  protected override render(): unknown {
    const marks = new Map<string, ArticleMark[]>();
    for (const m of this.marks) marks.set(m.id, [...(marks.get(m.id) ?? []), m]);
    const found = this.found;
    return html`<div class="find" role="search">
        <label for="find">Find in the text</label>
        <input
          id="find"
          type="search"
          .value=${this.query}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.found = undefined;
          }}
          @keydown=${this.onFindKey}
        />
        <button
          type="button"
          class="button"
          ?disabled=${this.query.trim() === ''}
          @click=${() => this.find(1)}
        >
          Find next
        </button>
        <span class="found"
          >${found ? (found.count ? `${found.at + 1} of ${found.count}` : 'Not found') : ''}</span
        >
      </div>
      <div
        part="text"
        class="text"
        tabindex="0"
        role="application"
        aria-roledescription="article"
        aria-label="Article text"
        aria-describedby="keys"
        lang=${this.language ?? nothing}
        @mousedown=${this.onMouseDown}
        @keydown=${this.onKeyDown}
      >
        ${repeat(
          this.pieces,
          (p) => p.start,
          (p) => this.renderPiece(p, marks),
        )}${this.caretAt === this.text.length ? html`<span class="caret" aria-hidden="true"></span>` : nothing}
      </div>
      <p id="keys" class="keys">${ARTICLE_KEYS}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-edit-article': ActorGraphEditArticle;
  }
}
