import git, { type HttpClient } from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { Agent as PlainAgent } from 'node:http'
import { Agent as SecureAgent } from 'node:https'
import { gitFs as fs } from './gitFs'

export const BRANCH = 'main'
export const REMOTE = 'origin'

/** Where a team's archive lives: an https git address, and who we are there. */
export interface SyncRemote {
  url: string
  username?: string
  token?: string
}

// Node's default connection gives up on a server silent for five seconds, and a server unpacking
// a large first push says nothing until it is done: a server is waited for this long instead,
// then the sync says offline. The tests shorten it to see a hung server told as offline.
const SILENT_SERVER_MS = Number(process.env.STANCEMARK_SERVER_SILENCE_MS) || 2 * 60_000
const agents = {
  'http:': new PlainAgent({ timeout: SILENT_SERVER_MS }),
  'https:': new SecureAgent({ timeout: SILENT_SERVER_MS }),
}
const client: HttpClient = {
  request: (call) =>
    http.request({
      ...call,
      agent: call.agent ?? agents[new URL(call.url).protocol as keyof typeof agents],
    }),
}

/** What every call to the server takes: our file system, the http client, the credentials. */
export function serverCall(dir: string, remote: SyncRemote) {
  return {
    fs,
    http: client,
    dir,
    onAuth: () => ({ username: remote.username ?? 'stancemark', password: remote.token ?? '' }),
  }
}

/** The folder as a git working tree with the remote as origin (made so the first time). */
export async function ensureRepository(dir: string, remote: SyncRemote): Promise<void> {
  try {
    await git.resolveRef({ fs, dir, ref: 'HEAD', depth: 1 })
  } catch {
    await git.init({ fs, dir, defaultBranch: BRANCH })
  }
  await git.addRemote({ fs, dir, remote: REMOTE, url: remote.url, force: true })
}

/** The commit the branch is at, or undefined before the first. */
export async function headOf(dir: string): Promise<string | undefined> {
  try {
    return await git.resolveRef({ fs, dir, ref: BRANCH })
  } catch {
    return undefined
  }
}
