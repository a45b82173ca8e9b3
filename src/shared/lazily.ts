// A value made when first asked for, and once.

/** `make`, called once when first asked for (and not at all if never). */
export function lazily<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}
