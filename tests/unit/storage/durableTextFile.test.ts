import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { DurableTextFile } from '../../../src-main/notebook/storage/durableTextFile'
import { fileStamp } from '../../../src-main/notebook/storage/fileStamp'
import { FileThread } from '../../../src-main/notebook/storage/fileThread'
import { tempDir } from '../../support/tempArchive'

const thread = new FileThread()
afterAll(() => thread.close())

describe.each([
  { made: 'with Node’s asynchronous calls', io: () => undefined },
  { made: 'in the file thread', io: () => thread },
])('a durable file $made', ({ io }) => {
  test('a save that was reported done is in the file, and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'notes.json'), io())
    expect(await file.read()).toBeNull()
    await file.write('{"a":1}')
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe('{"a":1}')
    expect(await readdir(dir)).toEqual(['notes.json'])
  })

  test('saves made one after another without waiting end with the last one', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'notes.json'), io())
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.write(`{"save":${i}}`)))
    expect(await file.read()).toBe('{"save":19}')
  })

  test('a temp file a crash left behind changes nothing that is read, and the next save replaces it', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'notes.json'), io())
    await file.write('{"kept":true}')
    await writeFile(join(dir, '.notes.json.tmp'), '{"torn')
    expect(await file.read()).toBe('{"kept":true}')
    await file.write('{"next":true}')
    expect(await readdir(dir)).toEqual(['notes.json'])
  })
})

test('the file thread answers a written file’s stamp, and keeps a failure’s code', async () => {
  const dir = await tempDir()
  const file = join(dir, 'notes.json')
  const stamp = await thread.replace(file, join(dir, '.notes.json.tmp'), 'Ré')
  expect(await readFile(file)).toEqual(Buffer.from('Ré', 'utf8'))
  expect(stamp).toBe(await fileStamp(file))
  expect(await thread.read(join(dir, 'missing.json'))).toBeNull()
  const nowhere = join(dir, 'no-such-folder', 'notes.json')
  await expect(thread.replace(nowhere, `${nowhere}.tmp`, 'x')).rejects.toMatchObject({
    code: 'ENOENT',
  })
  expect(await thread.read(file)).toBe('Ré')
})

test('a closed file thread answers the calls made before, and refuses those after', async () => {
  const dir = await tempDir()
  const own = new FileThread()
  const writes = Array.from({ length: 5 }, (_, i) =>
    own.replace(join(dir, `${i}.json`), join(dir, `.${i}.json.tmp`), `{"n":${i}}`),
  )
  await own.close()
  await Promise.all(writes)
  expect((await readdir(dir)).sort()).toEqual(['0.json', '1.json', '2.json', '3.json', '4.json'])
  await expect(own.read(join(dir, '0.json'))).rejects.toThrow('The archive was closed.')
})
