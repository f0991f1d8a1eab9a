import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';
import type { Correspondance } from '../tableur/correspondance.js';
import type { CheckedFile } from './check-input.js';

/** What every worker needs to check as the main thread would. */
export interface WorkerSetup {
  /** The language of the streamed format the workers write (the check itself needs none). */
  lang: Lang;
  date?: string;
  /** The run's present instant, ISO 8601: every worker judges "today" alike. */
  now: string;
  /** The edition read with --reglement, if any (plain data, copied to each thread). */
  reglement?: Reglement;
  /** Larger files are refused (--taille-max). */
  maxBytes: number;
  /** The streamed format the workers write, if any. */
  stream?: 'json' | 'csv' | 'csv-lignes' | 'csv-problemes' | 'github';
  /** The correspondence read with --colonnes, if any (plain data, copied to each thread). */
  correspondance?: Correspondance;
}

export interface Task {
  index: number;
  files: string[];
}

export interface TaskResult {
  index: number;
  /** Per file, its dossiers (or what it is instead of a dossier). */
  files: CheckedFile[];
}

/** One thread per core, or DOSSIER_CHECK_THREADS (1: no worker threads at all). */
export function threadCount(): number {
  const wanted = Number(process.env.DOSSIER_CHECK_THREADS);
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : availableParallelism();
}

/** Below this many files, starting threads (each loads the tool) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;
const FILES_PER_TASK = 25;
/** Tasks sent ahead to each worker: enough to keep it busy, few enough to keep memory flat. */
const TASKS_AHEAD = 2;

/**
 * Checks files on every core, and hands back each file's dossiers in the
 * order of `files`, as soon as the files before it are done.
 */
export async function checkInParallel(files: readonly string[], setup: WorkerSetup, onFile: (file: CheckedFile) => void): Promise<void> {
  const tasks: Task[] = [];
  for (let start = 0; start < files.length; start += FILES_PER_TASK) {
    tasks.push({ index: tasks.length, files: files.slice(start, start + FILES_PER_TASK) });
  }
  const threads = Math.max(1, Math.min(threadCount(), Math.ceil(tasks.length / TASKS_AHEAD)));
  // Stack traces of the workers name the sources too when the main thread's do (DOSSIER_CHECK_DEBUG).
  const execArgv = process.sourceMapsEnabled ? [...process.execArgv, '--enable-source-maps'] : undefined;
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, execArgv }),
  );
  const done = new Map<number, CheckedFile[]>();
  const outstanding = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  // Results wait in `done` until the tasks before them are handed over: at most this many tasks are out at once,
  // so that one slow file (a 10 MB one) cannot make the finished results behind it pile up.
  const maxOut = threads * TASKS_AHEAD;
  let nextToSend = 0;
  let nextToHandOver = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      const feed = () => {
        for (const worker of workers) {
          while (nextToSend < tasks.length && nextToSend - nextToHandOver < maxOut && outstanding.get(worker)! < TASKS_AHEAD) {
            worker.postMessage(tasks[nextToSend++]);
            outstanding.set(worker, outstanding.get(worker)! + 1);
          }
        }
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (nextToHandOver < tasks.length) reject(new Error(`worker stopped (${code})`));
        });
        worker.on('message', (result: TaskResult) => {
          outstanding.set(worker, outstanding.get(worker)! - 1);
          try {
            done.set(result.index, result.files);
            while (done.has(nextToHandOver)) {
              for (const file of done.get(nextToHandOver)!) onFile(file);
              done.delete(nextToHandOver++);
            }
          } catch (error) {
            reject(error);
            return;
          }
          if (nextToHandOver === tasks.length) resolve();
          else feed();
        });
      }
      feed();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
