import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyEdit, type EditOutcome, type EditRequest } from '../../src/edit/apply-edit.ts';
import { checkEdit, datasetJson } from '../../src/edit/check-edit.ts';
import { record, redo, startHistory, undo, type History } from '../../src/edit/history.ts';
import { openDataset, type OpenRequest } from '../../src/edit/open-dataset.ts';
import { problemTargets, type ProblemTargets } from '../../src/edit/problem-targets.ts';
import { toWorkRecord, type WorkRecord } from '../../src/edit/work-record.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import type { Problem } from '../../src/validate/problem.ts';
import type { WritableHandle } from './save-dataset.ts';
import { forgetWork, readWork, writeWork } from './work-storage.ts';

/** A dataset open for editing. */
export interface EditDoc {
  /** The file name it came from and is saved under. */
  readonly name: string;
  readonly history: History<Dataset>;
  /** Source id → text. */
  readonly texts: ReadonlyMap<string, string>;
  /** The dataset as last saved (or opened): the work is unsaved while it differs, or is unknown. */
  readonly savedState: Dataset | undefined;
  /** Edits since then, for the status line. */
  readonly edits: number;
  readonly saved?: Date;
  /** Where the last save wrote, to write there again. */
  readonly handle?: WritableHandle;
}

/** An open that waits for the reader to choose the dataset's text files. */
export interface PendingOpen {
  readonly request: OpenRequest;
  readonly files: readonly string[];
}

const NO_TARGETS: ProblemTargets = { relations: new Map(), actors: new Map(), other: [] };

/**
 * The editor's state and what changes it: opening, edits through the pure core with undo, the
 * validation of every change (the latest one wins), and keeping unsaved work in the browser.
 */
export class EditSession implements ReactiveController {
  doc: EditDoc | undefined;
  problems: readonly Problem[] = [];
  targets: ProblemTargets = NO_TARGETS;
  /** A file that could not be opened, and why. */
  failure: { readonly name: string; readonly problems: readonly Problem[] } | undefined;
  pending: PendingOpen | undefined;
  opening = false;
  /** Why unsaved work cannot be kept in the browser, when it cannot. */
  storageProblem: string | undefined;
  /** Work found in the browser when the editor started, until the reader restores or discards it. */
  stored: WorkRecord | undefined;
  private checks = 0;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.stored ??= readWork();
  }

  get dataset(): Dataset | undefined {
    return this.doc?.history.present;
  }

  get unsaved(): boolean {
    return this.doc !== undefined && this.doc.history.present !== this.doc.savedState;
  }

  /** Work that opening another file would replace: open here, or kept from an earlier visit. */
  get hasUnsavedWork(): boolean {
    return this.unsaved || (this.stored !== undefined && this.stored.unsaved > 0);
  }

  async open(request: OpenRequest): Promise<boolean> {
    this.opening = true;
    this.failure = undefined;
    this.host.requestUpdate();
    const outcome = await openDataset(request);
    this.opening = false;
    this.pending = undefined;
    if (outcome.status === 'needs-sources') {
      this.pending = { request, files: outcome.files };
    } else if (outcome.status === 'failed') {
      this.failure = { name: request.name, problems: outcome.problems };
    } else {
      const { dataset, texts } = outcome;
      this.doc = {
        name: baseName(request.name),
        history: startHistory(dataset),
        texts,
        savedState: dataset,
        edits: 0,
      };
      // What was kept is replaced (the reader was asked, if it was unsaved); a restore keeps it again.
      this.stored = undefined;
      forgetWork();
      this.show(dataset, outcome.problems);
    }
    this.host.requestUpdate();
    return outcome.status === 'opened';
  }

  /** Opens the work kept in the browser, as it was left. */
  async restore(work: WorkRecord): Promise<boolean> {
    const files = new Map(Object.entries(work.files));
    const opened = await this.open({ name: work.name, bytes: datasetJson(work.dataset), companions: files });
    if (opened && this.doc) {
      // Opening made it the saved state; it is not, unless the record says it was saved.
      this.doc = {
        ...this.doc,
        savedState: work.unsaved > 0 ? undefined : this.doc.savedState,
        edits: work.unsaved,
        ...(work.saved ? { saved: new Date(work.saved) } : {}),
      };
      this.keep();
    }
    return opened;
  }

  discardStored(): void {
    this.stored = undefined;
    forgetWork();
    this.host.requestUpdate();
  }

  /** Applies an edit (throws an EditError, changing nothing, if it cannot apply). */
  apply(request: EditRequest): EditOutcome {
    const doc = this.doc;
    if (!doc) throw new Error('Nothing is open.');
    const outcome = applyEdit(doc.history.present, request, doc.texts);
    this.change({
      ...doc,
      history: record(doc.history, outcome.dataset, outcome.label),
      edits: doc.edits + 1,
    });
    return outcome;
  }

  undo(): string | undefined {
    const doc = this.doc;
    const back = doc && undo(doc.history);
    if (!doc || !back) return undefined;
    this.change({ ...doc, history: back.history, edits: Math.max(0, doc.edits - 1) });
    return back.label;
  }

  redo(): string | undefined {
    const doc = this.doc;
    const forth = doc && redo(doc.history);
    if (!doc || !forth) return undefined;
    this.change({ ...doc, history: forth.history, edits: doc.edits + 1 });
    return forth.label;
  }

  /** The file is written: this state is the saved one. */
  markSaved(fileName: string, handle?: WritableHandle): void {
    const doc = this.doc;
    if (!doc) return;
    this.doc = {
      ...doc,
      name: fileName,
      savedState: doc.history.present,
      edits: 0,
      saved: new Date(),
      ...(handle ? { handle } : {}),
    };
    this.keep();
    this.host.requestUpdate();
  }

  private change(doc: EditDoc): void {
    this.doc = doc;
    this.keep();
    void this.check();
    this.host.requestUpdate();
  }

  /** Writes the work to the browser's storage; says so when it cannot. */
  private keep(): void {
    const doc = this.doc;
    if (!doc) return;
    const result = writeWork(
      toWorkRecord(
        {
          name: doc.name,
          dataset: doc.history.present,
          texts: doc.texts,
          unsaved: this.unsaved ? Math.max(1, doc.edits) : 0,
          ...(doc.saved ? { saved: doc.saved } : {}),
        },
        new Date(),
      ),
    );
    this.storageProblem = result.ok ? undefined : result.message;
  }

  private show(dataset: Dataset, problems: readonly Problem[]): void {
    this.problems = problems;
    this.targets = problemTargets(dataset, problems);
  }

  /** Validates the dataset as it is now; a newer check's result replaces an older one's. */
  private async check(): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    const ticket = ++this.checks;
    const dataset = doc.history.present;
    const problems = await checkEdit(dataset, doc.texts, doc.name);
    if (ticket !== this.checks) return;
    this.show(dataset, problems);
    this.host.requestUpdate();
  }
}

const baseName = (name: string): string => {
  const path = name.split(/[?#]/)[0] ?? name;
  return path.slice(path.lastIndexOf('/') + 1) || 'dataset.json';
};
