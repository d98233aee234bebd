import { html, nothing, type TemplateResult } from 'lit';
import type { EditDoc } from './edit-session.ts';
import { canPickFile } from './save-dataset.ts';

export interface ToolbarInput {
  readonly doc: EditDoc | undefined;
  readonly title: string | undefined;
  readonly status: string;
  readonly pickFiles: () => void;
  readonly chosen: (files: File[]) => void;
  readonly save: (how: 'save' | 'download') => void;
  readonly step: (which: 'undo' | 'redo') => void;
}

/** The file's name and title, Open, Save, Download, Undo and Redo, and how the work stands. */
export function toolbar(input: ToolbarInput): TemplateResult {
  const { doc } = input;
  const picker = canPickFile();
  return html`<div class="toolbar">
    <div class="doc">
      ${
        doc
          ? html`<p class="eyebrow">Editing ${doc.name}</p>
              <h1 class="title">${input.title}</h1>`
          : html`<h1 class="title">Review a draft</h1>`
      }
    </div>
    <div class="buttons">
      <button type="button" class="button" @click=${input.pickFiles}>Open…</button>
      <input
        id="open-file"
        type="file"
        hidden
        multiple
        accept=".json,.txt,application/json,text/plain"
        aria-label="Open a dataset or draft"
        @change=${(e: Event) => {
          const field = e.target as HTMLInputElement;
          const files = [...(field.files ?? [])];
          // Choosing the same file again must open it again.
          field.value = '';
          input.chosen(files);
        }}
      />
      ${
        doc
          ? html`${
                picker
                  ? html`<button
                      type="button"
                      class="button primary"
                      aria-keyshortcuts="Control+S"
                      @click=${() => input.save('save')}
                    >
                      Save
                    </button>`
                  : nothing
              }
              <button
                type="button"
                class="button ${picker ? '' : 'primary'}"
                @click=${() => input.save('download')}
              >
                Download
              </button>
              <button
                type="button"
                class="button"
                aria-keyshortcuts="Control+Z"
                ?disabled=${doc.history.past.length === 0}
                @click=${() => input.step('undo')}
              >
                Undo
              </button>
              <button
                type="button"
                class="button"
                aria-keyshortcuts="Control+Shift+Z"
                ?disabled=${doc.history.future.length === 0}
                @click=${() => input.step('redo')}
              >
                Redo
              </button>`
          : nothing
      }
    </div>
    ${doc ? html`<p class="status">${input.status}</p>` : nothing}
  </div>`;
}
