/** A job run alone: no other job of the same queue starts until it ends. */
export type Exclusive = <T>(job: () => Promise<T>) => Promise<T>

/** Runs async jobs one after another, so read-modify-write of the archive never interleaves. */
export function writeQueue(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve()
  return (job) => {
    const run = tail.then(job, job)
    tail = run.catch(() => undefined)
    return run
  }
}
