import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { systemErrorParts } from './errorCode'

/** What the disk would not do, in words for a person (see `diskTrouble`). */
export interface DiskTrouble {
  /** The system's code: ENOSPC, EROFS, EACCES, ENOENT… */
  code: string
  /** What is wrong, in a few words: "the disk is full". */
  problem: string
  /** What the analyst can do about it: "Free some space on the disk" (no full stop). */
  remedy: string
  /** The whole of it: what is wrong and where, that nothing was lost, and what to do. */
  message: string
}

/** Calls that only read; any other that fails wrote, or was about to. */
const READS = new Set(['read', 'scandir', 'opendir', 'readdir', 'stat', 'lstat', 'access'])
/** Calls whose path is a folder itself, not a file in it. */
const ON_FOLDERS = new Set(['scandir', 'opendir', 'readdir', 'mkdir', 'rmdir'])

/**
 * A file operation the disk refused, said plainly: full, read-only, not allowed, or the folder
 * gone; undefined for any other error. Every file Stancemark writes is replaced whole (a temp file,
 * flushed, renamed over it), so one that could not be written is as it was before.
 */
export function diskTrouble(error: unknown): DiskTrouble | undefined {
  const { code, syscall = '', path } = systemErrorParts(error)
  const folder = path && (ON_FOLDERS.has(syscall) ? path : dirname(path))
  const verb = READS.has(syscall) ? 'read' : 'write'
  const onIt = folder ? ` (in “${folder}”)` : ''
  const kept = 'Nothing was lost: the files on it are as they were before.'
  const trouble = (problem: string, remedy: string, message: string): DiskTrouble => ({
    code: code ?? '',
    problem,
    remedy,
    message: `${message} ${remedy}, then try again.`,
  })
  switch (code) {
    case 'ENOSPC':
      return trouble(
        'the disk is full',
        'Free some space on the disk',
        `The disk is full, so Stancemark could not write to it${onIt}. ${kept}`,
      )
    case 'EDQUOT':
      return trouble(
        'your share of the disk (its quota) is used up',
        'Free some space on the disk',
        `Your share of the disk (its quota) is used up, so Stancemark could not write to the disk${onIt}. Nothing was lost: the files on the disk are as they were before.`,
      )
    case 'EROFS':
      return trouble(
        'the disk is read-only',
        'Make the disk writable again',
        `The disk is read-only, so Stancemark could not write to it${onIt}. ${kept}`,
      )
    case 'EACCES':
    case 'EPERM':
      return trouble(
        `${verb === 'read' ? 'reading' : 'writing'} there is not allowed (no permission)`,
        `Give your user account permission to ${verb} there`,
        `Stancemark has no permission to ${verb} ${folder ? `in “${folder}”` : 'there'}. Nothing was lost: the files there are as they were before.`,
      )
    case 'ENOENT':
      // A file gone from a folder that is still there is not a folder gone.
      if (path && folder && folder !== path && existsSync(folder))
        return trouble(
          'a file it uses is gone',
          'Check what moved it',
          `The file “${path}” is gone (moved or deleted by another program), so Stancemark could not use it. Nothing else was changed.`,
        )
      return trouble(
        'a folder it uses is gone',
        'Put the folder back',
        `${folder ? `The folder “${folder}”` : 'A folder Stancemark uses'} is gone (moved, deleted, or on a drive that was disconnected), so Stancemark could not ${verb} in it. Nothing else was changed.`,
      )
    default:
      return undefined
  }
}
