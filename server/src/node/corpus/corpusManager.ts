import * as l10n from '@vscode/l10n';
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { CorpusIndex, CorpusState } from '../../service';
import { isReportFileName } from '../files/reportFileKinds';
import { LoadCancelled, type LoadedCorpus, loadCorpus, timeSlices } from './corpusLoader';

export interface CorpusEvents {
  /** One line for the output channel. */
  log(line: string): void;
  started(): void;
  progress(read: number, total: number): void;
  finished(index: CorpusIndex, milliseconds: number): void;
}

/** A burst of file events (a folder copied in) becomes one rebuild. */
const SETTLE_MS = 400;
/** Work done between two yields to the event loop while building: a request waits at most this long. */
const SLICE_MS = 8;

/**
 * Keeps the server's corpus: builds the index in the background in short slices (outline and
 * diagnostics never wait for it), watches the folders and rebuilds after a change, re-reading only the
 * files that changed. While a rebuild runs, features keep using the last index.
 */
export class CorpusManager {
  private loaded: LoadedCorpus | undefined;
  private folders: string[] = [];
  private watched: string[] = [];
  private watchers: FSWatcher[] = [];
  private generation = 0;
  private building: { read: number; total: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly logged = new Set<string>();

  constructor(private readonly events: CorpusEvents) {}

  state(): CorpusState {
    if (this.loaded) return { kind: 'ready', index: this.loaded.index };
    // A build starts the moment folders are set, so without one there is no corpus (none named, or the build failed).
    return this.building ? { kind: 'building', ...this.building } : { kind: 'none' };
  }

  index(): CorpusIndex | undefined {
    return this.loaded?.index;
  }

  /** Sets the folders (seeds first); rebuilds and re-watches only when they changed. */
  configure(folders: string[], watched: string[]): void {
    if (folders.join('\n') === this.folders.join('\n')) return;
    this.folders = folders;
    this.logged.clear();
    this.watched = watched;
    this.watch();
    this.rebuild();
  }

  dispose(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.watchers.forEach((w) => w.close());
    this.watchers = [];
  }

  private watch(): void {
    this.watchers.forEach((w) => w.close());
    this.watchers = [];
    for (const folder of this.watched) {
      try {
        const watcher = watch(folder, { recursive: true, persistent: false }, (_event, name) => {
          // Directory events have no extension; other file types never change the corpus.
          const path = String(name ?? '');
          if (extname(path) === '' || isReportFileName(path)) this.scheduleRebuild();
        });
        watcher.on('error', (error) => this.logOnce(l10n.t('{0}：无法继续监视语料文件夹的变化（{1}）', folder, error.message)));
        this.watchers.push(watcher);
      } catch {
        // A missing folder is reported by the build; the writer may create it later (a new archive folder).
        this.watchForCreation(folder);
      }
    }
  }

  /** Watches the nearest existing parent of a missing folder; each step of its creation re-watches. */
  private watchForCreation(folder: string): void {
    let missing = resolve(folder);
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    const parent = dirname(missing);
    if (parent === missing) return;
    try {
      const watcher = watch(parent, { persistent: false }, (_event, name) => {
        if (String(name ?? '') !== basename(missing) || !existsSync(missing)) return;
        this.watch();
        this.scheduleRebuild();
      });
      watcher.on('error', () => undefined); // the parent went away too: a settings change re-watches
      this.watchers.push(watcher);
    } catch {
      // the parent cannot be watched either; a settings change or a restart picks the folder up
    }
  }

  private scheduleRebuild(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), SETTLE_MS);
  }

  private rebuild(): void {
    const generation = ++this.generation;
    if (this.folders.length === 0) {
      this.loaded = undefined;
      return;
    }
    const previous = this.loaded;
    this.building = { read: 0, total: 0 };
    this.events.started();
    const began = performance.now();
    void loadCorpus(this.folders, {
      previous,
      log: (line) => this.logOnce(line),
      progress: (read, total) => {
        this.building = { read, total };
        this.events.progress(read, total);
      },
      pause: timeSlices(SLICE_MS),
      cancelled: () => generation !== this.generation,
    }).then(
      (loaded) => {
        if (generation !== this.generation) return;
        this.loaded = loaded;
        this.building = undefined;
        this.events.finished(loaded.index, performance.now() - began);
      },
      (error) => {
        if (error instanceof LoadCancelled || generation !== this.generation) return;
        this.building = undefined;
        this.events.log(l10n.t('语料索引建立失败：{0}', (error as Error)?.stack ?? String(error)));
      },
    );
  }

  private logOnce(line: string): void {
    if (this.logged.has(line)) return;
    this.logged.add(line);
    this.events.log(line);
  }
}
