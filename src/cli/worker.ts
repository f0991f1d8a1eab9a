import { parentPort, workerData } from 'node:worker_threads';
import { STREAMS } from '../format/index.js';
import { buildReport } from '../report/build.js';
import { DEFAULT_EDITION, EDITIONS } from '../reglement/index.js';
import { checkInput, exportSetup, toCheckedFile } from './check-input.js';
import { installedData } from './checker-data.js';
import type { Task, TaskResult, WorkerSetup } from './pool.js';
import { readDossierFile } from './read.js';

/** A worker thread of a big batch: reads, checks and formats the files it is sent, in order. */
const setup = workerData as WorkerSetup;
const reglement = setup.reglement ?? DEFAULT_EDITION;
const editions = new Map([...EDITIONS, [reglement.id, reglement]]);
const options = { date: setup.date, now: new Date(setup.now), reglement, editions, data: installedData };
// Checking needs no language; the streamed format writes its words in the run's.
const stream = setup.stream ? STREAMS[setup.stream]?.(buildReport([], setup.lang, reglement)) : undefined;

const exports = setup.correspondance ? exportSetup(setup.correspondance, setup.maxBytes) : undefined;

const utf8 = new TextEncoder();

parentPort!.on('message', (task: Task) => {
  const transfer: ArrayBuffer[] = [];
  const files = task.files.map((file) => {
    const checked = toCheckedFile(checkInput(readDossierFile(file, setup.maxBytes), file, options, setup.maxBytes, exports), stream);
    const dossiers = checked.dossiers.map((dossier) => {
      if (typeof dossier.text !== 'string') return dossier;
      // Encoded here and handed over, not copied: the main thread only writes the bytes.
      const bytes = utf8.encode(dossier.text);
      transfer.push(bytes.buffer as ArrayBuffer);
      return { ...dossier, text: bytes };
    });
    return { ...checked, dossiers };
  });
  parentPort!.postMessage({ index: task.index, files } satisfies TaskResult, transfer);
});
