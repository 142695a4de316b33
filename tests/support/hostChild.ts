// Run by tests/unit/hostStop.test.ts, built into one file: the local host as `npm run serve` starts
// it, which also prints “importing” when it begins reading an imported file.
//   node hostChild.mjs --archive DIR --port 0
import { writeSync } from 'node:fs'
import { workerStarts } from '../../src-main/notebook/storage/workerThreads'
import '../../src-main/host/cli'

workerStarts.on('start', (role) => {
  if (role === 'import') writeSync(1, 'importing\n')
})
