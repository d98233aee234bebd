import type { OpenRequest } from '../../src/edit/open-dataset.ts';
import { PROBLEM_CODES } from '../../src/validate/problem.ts';
import { fetchBytes } from '../shared/fetch-bytes.ts';
import type { ConfirmText } from './confirm-controller.ts';
import type { EditSession } from './edit-session.ts';
import { readChosen } from './read-files.ts';

/** What opening needs from the editor: to ask, to tell, and to show what opened. */
export interface OpenFlowHost {
  readonly session: EditSession;
  confirm(text: ConfirmText): Promise<boolean>;
  announce(message: string): void;
  notify(text: string | undefined): void;
  opened(): void;
  requestUpdate(): void;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Every way a dataset gets into the editor: a URL (`src`), files chosen or dropped (a dataset, its
 * text files), the work kept from an earlier visit. Whatever would replace unsaved work asks first;
 * a `src` waits while kept work is offered back.
 */
export class OpenFlow {
  /** `src` waits while the reader decides about work kept from an earlier visit. */
  waitingSrc: string | undefined;
  private readonly host: OpenFlowHost;

  constructor(host: OpenFlowHost) {
    this.host = host;
  }

  /** Opens `src` now, or once the reader has decided about kept work. */
  openSrc(src: string): void {
    const { stored } = this.host.session;
    if (stored && stored.unsaved > 0) this.waitingSrc = src;
    else void this.openUrl(src);
  }

  async openUrl(src: string): Promise<void> {
    this.waitingSrc = undefined;
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      this.host.notify(`“${src}” is not a URL this page can open.`);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(url);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const problem = {
        code: PROBLEM_CODES.readFailed,
        severity: 'error',
        file: url.href,
        path: '$',
        message,
      } as const;
      this.host.session.failure = { name: url.href, problems: [problem] };
      this.host.requestUpdate();
      return;
    }
    await this.open({ name: url.href, bytes, resolveSource: (file) => fetchBytes(new URL(file, url)) });
  }

  async openFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    const chosen = await readChosen([...files]);
    if (chosen.problem) return this.host.notify(chosen.problem);
    const { session } = this.host;
    if (!chosen.dataset) {
      // Text files alone: those the dataset being opened asked for.
      const pending = session.pending;
      if (!pending) return this.host.notify('Choose a dataset: a .json file (with its text files, if any).');
      const companions = new Map([...(pending.request.companions ?? []), ...chosen.companions]);
      return this.open({ ...pending.request, companions });
    }
    if (session.hasUnsavedWork) {
      const work = session.doc?.name ?? session.stored?.name ?? 'the dataset';
      const name = chosen.dataset.name;
      const yes = await this.host.confirm({
        title: 'Replace your unsaved changes?',
        body: `Your unsaved changes to ${work} will be lost if you open ${name}. Save or download them first to keep them.`,
        yes: `Discard them and open ${name}`,
      });
      if (!yes) return;
    }
    await this.open({ ...chosen.dataset, companions: chosen.companions });
  }

  async restore(): Promise<void> {
    const work = this.host.session.stored;
    if (!work || !(await this.host.session.restore(work))) return;
    this.waitingSrc = undefined;
    this.host.opened();
    this.host.announce(`Restored ${plural(work.unsaved, 'unsaved change')} to ${work.name}.`);
  }

  async discard(): Promise<void> {
    const work = this.host.session.stored;
    if (!work) return;
    const yes = await this.host.confirm({
      title: 'Discard your unsaved changes?',
      body: `${plural(work.unsaved, 'unsaved change')} to ${work.name} will be gone for good.`,
      yes: 'Discard them',
    });
    if (!yes) return;
    this.host.session.discardStored();
    this.host.announce('Discarded the unsaved changes.');
    if (this.waitingSrc) void this.openUrl(this.waitingSrc);
  }

  private async open(request: OpenRequest): Promise<void> {
    this.host.notify(undefined);
    const { session } = this.host;
    if (await session.open(request)) this.host.opened();
    else if (session.pending) this.host.announce(`${request.name} needs its text files: choose them.`);
    else this.host.announce(`${request.name} could not be opened.`);
  }
}
