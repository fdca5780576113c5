/** Run in a fresh process by the memory report: streams N MB and prints its peak RSS growth as JSON. */
import { streamPeakRss } from './text.js';

const mb = Number(process.argv[2] ?? '1');
process.stdout.write(`${JSON.stringify(streamPeakRss(mb))}\n`);
