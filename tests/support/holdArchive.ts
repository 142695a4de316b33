// Run by tests/unit/archiveLock.test.ts, built into one file: opens the archive in DIR as the
// local host would, prints “ready”, and closes it on SIGTERM.
//   node holdArchive.mjs DIR
import { Archive } from '../../src-main/notebook/storage/archive'

const { archive } = await Archive.open(process.argv[2], { app: 'host' })
process.stdout.write(archive.readOnly ? 'read-only\n' : 'ready\n')
process.on('SIGTERM', () => {
  void archive.close().then(() => process.exit(0))
})
setInterval(() => undefined, 60_000)
