import git from 'isomorphic-git'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { gitFs as fs } from '../../../src-main/notebook/sync/gitFs'
import { isSharedFile } from '../../../src-main/notebook/storage/sharedFiles'
import { writeWorkingFiles } from '../../../src-main/notebook/sync/workingFiles'
import { tempDir } from '../../support/tempArchive'

async function archiveFolder() {
  const parent = await tempDir()
  const dir = join(parent, 'Archive')
  await git.init({ fs, dir, defaultBranch: 'main' })
  return { parent, dir }
}

test('a sync writes of the server’s files only the shared ones', async () => {
  const { dir } = await archiveFolder()
  const changes = new Map([
    ['articles/a1.json', '{"id":"a1"}\n'],
    ['.git/hooks/post-checkout', '#!/bin/sh\necho owned\n'],
    ['notes.txt', 'not ours to share\n'],
  ])
  await writeWorkingFiles(dir, changes, isSharedFile)
  expect(await readFile(join(dir, 'articles', 'a1.json'), 'utf8')).toBe('{"id":"a1"}\n')
  expect((await readdir(dir)).sort()).toEqual(['.git', 'articles'])
  expect(await readdir(join(dir, '.git', 'hooks')).catch(() => [])).not.toContain('post-checkout')
})

test('a server’s tree naming a path outside the folder is refused and nothing is written', async () => {
  const { parent, dir } = await archiveFolder()
  const changes = new Map([
    ['articles/a1.json', '{"id":"a1"}\n'],
    ['../outside.json', 'escaped\n'],
  ])
  await expect(writeWorkingFiles(dir, changes, () => true)).rejects.toThrow(
    'The team archive holds a file outside its folder (“../outside.json”): nothing of it was taken. Ask whoever runs the server to look at it.',
  )
  expect((await readdir(parent)).sort()).toEqual(['Archive'])
  expect((await readdir(dir)).sort()).toEqual(['.git'])
})
