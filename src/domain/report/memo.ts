/**
 * Caches a function of one string (usually a date). Report figures call date rules for tens of
 * thousands of youths that share far fewer distinct dates, so each date is worked out once.
 */
export function memoByKey<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as T
    const value = fn(key)
    cache.set(key, value)
    return value
  }
}
