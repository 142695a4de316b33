/** Median and 95th percentile of repeated runs, in milliseconds. */
export interface Timing {
  median: number
  p95: number
  runs: number
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, rank)]
}

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: samples.length }
}

/** Runs `job` `runs` times one after another (the run's number is passed in) and times each. */
export async function timeRuns(
  runs: number,
  job: (run: number) => Promise<unknown>,
): Promise<Timing> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await job(run)
    samples.push(performance.now() - started)
  }
  return timingOf(samples)
}
