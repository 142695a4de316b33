/** A filter as the archive's query: each field, or nothing asked of it when left empty. */
export type FilterQuery<F> = { [K in keyof F]?: Exclude<F[K], ''> }

/** A filter's fields as the archive's query: an empty field ('') asks for nothing. */
export function filterQuery<F extends { [K in keyof F]: string }>(filter: F): FilterQuery<F> {
  return Object.fromEntries(
    Object.entries(filter).map(([field, value]) => [field, value || undefined]),
  ) as FilterQuery<F>
}
