/** A clock for the Notebook's `now` option that moves only when the test moves it. */
export function testClock(start: string) {
  let time = Date.parse(start)
  return {
    now: () => new Date(time),
    advance(minutes: number) {
      time += minutes * 60_000
    },
  }
}
