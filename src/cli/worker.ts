import { parentPort, workerData } from 'node:worker_threads';
import { STREAMS } from '../format/index.js';
import { buildReport } from '../report/build.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import { checkInput, toChecked } from './check-file.js';
import type { Task, TaskResult, WorkerSetup } from './pool.js';
import { readDossierFile } from './read.js';

/** A worker thread of a big batch: reads, checks and formats the files it is sent, in order. */
const setup = workerData as WorkerSetup;
const options = { lang: setup.lang, date: setup.date, now: new Date(setup.now), reglement: DEFAULT_EDITION };
const stream = setup.stream ? STREAMS[setup.stream]?.(buildReport([], setup.lang, DEFAULT_EDITION)) : undefined;

parentPort!.on('message', (task: Task) => {
  const dossiers = task.files.map((file) =>
    checkInput(readDossierFile(file, setup.maxBytes), file, options, setup.maxBytes).map((report) => toChecked(report, stream)),
  );
  parentPort!.postMessage({ index: task.index, dossiers } satisfies TaskResult);
});
