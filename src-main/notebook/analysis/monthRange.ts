/** Every month `YYYY-MM` from the month of `from` to the month of `to` (dates `YYYY-MM-DD`). */
export function monthRange(from: string, to: string): string[] {
  if (!from || !to) return []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  const months: string[] = []
  for (let guard = 0; guard < 12 * 1000; guard++) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    months.push(current)
    if (current >= last) break
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return months
}
