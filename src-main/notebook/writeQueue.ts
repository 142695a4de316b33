/** Runs async jobs one after another, so read-modify-write of the archive never interleaves. */
export function writeQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (job) => {
    const run = tail.then(job, job)
    tail = run.catch(() => undefined)
    return run
  }
}
