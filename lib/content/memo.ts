/**
 * Remembers what a function computed from one content index. The index is
 * read once per build process, while hundreds of pages ask for the same
 * derived lists (all tags, all public routes): each is computed once per
 * index instead of once per page. In `next dev` every request reads a new
 * index, so nothing goes stale.
 */
export function perIndex<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
