import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { DurableTextFile } from '../../src-main/notebook/durableTextFile'
import { tempDir } from './tempArchive'

test('a save that was reported done is in the file, and leaves no temp file behind', async () => {
  const dir = await tempDir()
  const file = new DurableTextFile(join(dir, 'notes.json'))
  expect(await file.read()).toBeNull()
  await file.write('{"a":1}')
  expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe('{"a":1}')
  expect(await readdir(dir)).toEqual(['notes.json'])
})

test('saves made one after another without waiting end with the last one', async () => {
  const dir = await tempDir()
  const file = new DurableTextFile(join(dir, 'notes.json'))
  await Promise.all(Array.from({ length: 20 }, (_, i) => file.write(`{"save":${i}}`)))
  expect(await file.read()).toBe('{"save":19}')
})

test('a temp file a crash left behind changes nothing that is read, and the next save replaces it', async () => {
  const dir = await tempDir()
  const file = new DurableTextFile(join(dir, 'notes.json'))
  await file.write('{"kept":true}')
  await writeFile(join(dir, '.notes.json.tmp'), '{"torn')
  expect(await file.read()).toBe('{"kept":true}')
  await file.write('{"next":true}')
  expect(await readdir(dir)).toEqual(['notes.json'])
})
