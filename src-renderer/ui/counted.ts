/** A number of things as the analyst reads it: "1 statement", "94,913 statements". */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}
