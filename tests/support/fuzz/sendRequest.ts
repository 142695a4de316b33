import { request, type Agent, type IncomingHttpHeaders } from 'node:http'
import type { FuzzRequest } from './fuzzRequest'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

const MAX_KEPT = 64 * 1024

/** Sends one request to the host on 127.0.0.1; an event stream is closed as soon as it opens. */
export function sendRequest(
  port: number,
  agent: Agent | undefined,
  fuzz: Omit<FuzzRequest, 'expect'>,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: fuzz.method,
        path: fuzz.path,
        headers: {
          ...(fuzz.body && { 'content-length': String(fuzz.body.length) }),
          ...fuzz.headers,
        },
        timeout: 30_000,
      },
      (response) => {
        const reply = { status: response.statusCode ?? 0, headers: response.headers, body: '' }
        if (response.headers['content-type']?.startsWith('text/event-stream')) {
          outgoing.destroy()
          return resolve(reply)
        }
        const chunks: Buffer[] = []
        let kept = 0
        response.on('data', (chunk: Buffer) => {
          if (kept < MAX_KEPT) chunks.push(chunk)
          kept += chunk.length
        })
        response.on('end', () =>
          resolve({ ...reply, body: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', reject)
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')))
    outgoing.on('error', reject)
    outgoing.end(fuzz.body)
  })
}
