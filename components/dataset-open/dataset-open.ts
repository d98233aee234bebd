import type { Dataset } from '../../src/model/dataset.ts';
import { withInlineSources } from '../../src/edit/inline-sources.ts';

/**
 * A button that opens a dataset from the reader's computer in an `<actor-graph>` on the page (`for`:
 * its id): a file saved by the editor, a draft, any dataset. A dataset whose sources are separate
 * text files opens when they are chosen with it (by name); their text is put inline, since the page
 * cannot read files next to one the reader picked. The widget validates what it is given and shows
 * any problem, as for `src`.
 *
 * Plain DOM, no Lit and nothing of the widget's: the explorer page loads it beside the widget's
 * loader, and it must not make the widget's own files any larger.
 *
 * @summary Open a dataset file in an `<actor-graph>` on the page.
 *
 * @attr for - Id of the `<actor-graph>` to show the dataset in.
 */
export class ActorGraphOpenElement extends HTMLElement {
  #input: HTMLInputElement | undefined;
  #status: HTMLElement | undefined;

  connectedCallback(): void {
    if (this.#input) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'open-button';
    button.textContent = 'Open a dataset…';
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.multiple = true;
    input.accept = '.json,.txt,application/json,text/plain';
    input.setAttribute('aria-label', 'Open a dataset (JSON, with its text files if it has any)');
    const status = document.createElement('span');
    status.className = 'open-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      void this.#open(files);
    });
    this.append(button, input, status);
    this.#input = input;
    this.#status = status;
  }

  #say(message: string, failed = false): void {
    if (!this.#status) return;
    this.#status.textContent = message;
    this.#status.classList.toggle('failed', failed);
  }

  async #open(files: File[]): Promise<void> {
    const json = files.filter((f) => /\.json$/i.test(f.name) || f.type === 'application/json');
    if (json.length !== 1) {
      this.#say(
        json.length ? 'Choose one dataset (.json) at a time.' : 'Choose a dataset: a .json file.',
        true,
      );
      return;
    }
    const file = json[0]!;
    const target = document.getElementById(this.getAttribute('for') ?? '') as
      (HTMLElement & { data: unknown }) | null;
    if (!target) {
      this.#say('There is no graph on this page to open it in.', true);
      return;
    }
    const text = await readUtf8(file);
    if (text === undefined) {
      this.#say(`${file.name} is not UTF-8 text: save it as UTF-8 and open it again.`, true);
      return;
    }
    let dataset: Dataset;
    try {
      dataset = JSON.parse(text) as Dataset;
    } catch {
      // The widget says where the syntax breaks, with line and column: hand it the text as it is.
      this.#show(target, file.name, text);
      return;
    }
    const inlined = await inlineFiles(dataset, files);
    if (typeof inlined === 'string') {
      this.#say(`${file.name} ${inlined}`, true);
      return;
    }
    this.#show(target, file.name, inlined === dataset ? text : JSON.stringify(inlined, null, 2));
  }

  /**
   * Hands the dataset to the widget and says how it went, naming the file: the widget's own messages
   * can only call it "the inline data".
   */
  #show(target: HTMLElement & { data: unknown }, name: string, data: string): void {
    const done = (event: Event): void => {
      target.removeEventListener('actor-graph-load', done);
      target.removeEventListener('actor-graph-error', done);
      if (event.type === 'actor-graph-load') this.#say(`Showing ${name}.`);
      else this.#say(`${name} could not be shown: its problems are listed above the graph.`, true);
    };
    target.addEventListener('actor-graph-load', done);
    target.addEventListener('actor-graph-error', done);
    this.#say(`Opening ${name}…`);
    target.data = data;
  }
}

async function readUtf8(file: File): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** The dataset with its file sources inline from the chosen files, or what is missing. */
async function inlineFiles(dataset: Dataset, files: readonly File[]): Promise<Dataset | string> {
  const sources = Array.isArray(dataset?.sources) ? dataset.sources : [];
  const wanted = sources.filter((s) => typeof s?.file === 'string');
  if (wanted.length === 0) return dataset;
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const source of wanted) {
    const path = source.file!;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const found = files.find((f) => f.name === name);
    const text = found && (await readUtf8(found));
    if (found && text === undefined) return `quotes from ${found.name}, which is not UTF-8 text.`;
    if (text === undefined) missing.push(path);
    else texts.set(source.id, text);
  }
  if (missing.length) {
    return `quotes from ${missing.join(', ')}: choose ${missing.length === 1 ? 'that file' : 'those files'} together with the dataset.`;
  }
  return withInlineSources(dataset, texts);
}

if (!customElements.get('actor-graph-open')) customElements.define('actor-graph-open', ActorGraphOpenElement);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-open': ActorGraphOpenElement;
  }
}
