import * as files from 'node:fs/promises'
import { writeFileAtomically } from '../storage/writeFileAtomically'

/**
 * The file system isomorphic-git works through, every file written whole or not at all: a sync
 * killed mid-way leaves git's objects, refs and the archive's files as they were or as new,
 * never cut short.
 */
export const gitFs = {
  promises: {
    readFile: files.readFile,
    mkdir: files.mkdir,
    rmdir: files.rmdir,
    rm: files.rm,
    unlink: files.unlink,
    stat: files.stat,
    lstat: files.lstat,
    readdir: files.readdir,
    readlink: files.readlink,
    symlink: files.symlink,
    chmod: files.chmod,
    // Git's own files can be fetched again; the archive's files are written durably by the sync.
    writeFile: (path: string, content: string | Uint8Array) =>
      writeFileAtomically(path, content, { durable: false }),
  },
}
