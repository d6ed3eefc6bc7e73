import { parentPort } from 'node:worker_threads';
import { parseJob, type ParseJob } from './parse-file.js';

// A worker thread of parse-many.ts: parses the files it is given and answers with their outcomes.
parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort?.postMessage(jobs.map(parseJob));
});
