// The matcher semantics of the shared case checker, in our own words: a scalar must be equal; a list
// means "one of"; {includes}/{excludes} test a list or a string; {min}/{max} a number; {exists} presence.

/** The value at a dotted path ("recommendation.refund.amount"), undefined when any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.getOwnPropertyDescriptor(current, key)?.value;
  }
  return current;
}

const has = (value: unknown, part: unknown): boolean => {
  if (Array.isArray(value)) return value.includes(part);
  if (typeof value === 'string' && typeof part === 'string') return value.includes(part);
  return false;
};

/** True when the actual value satisfies the matcher. */
export function matches(actual: unknown, matcher: unknown): boolean {
  if (Array.isArray(matcher)) return matcher.some((m) => matches(actual, m));
  if (matcher !== null && typeof matcher === 'object') {
    if ('exists' in matcher) return (actual !== undefined && actual !== null) === matcher.exists;
    if ('includes' in matcher) return actual != null && has(actual, matcher.includes);
    if ('excludes' in matcher)
      return (
        actual == null || ((Array.isArray(actual) || typeof actual === 'string') && !has(actual, matcher.excludes))
      );
    if ('min' in matcher || 'max' in matcher) {
      const min = 'min' in matcher && typeof matcher.min === 'number' ? matcher.min : Number.NEGATIVE_INFINITY;
      const max = 'max' in matcher && typeof matcher.max === 'number' ? matcher.max : Number.POSITIVE_INFINITY;
      return typeof actual === 'number' && actual >= min && actual <= max;
    }
  }
  return actual === matcher;
}

/** Every path of an expect block that the result does not satisfy, as readable lines. */
export function checkExpect(result: unknown, expect: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [path, matcher] of Object.entries(expect)) {
    const actual = valueAt(result, path);
    if (!matches(actual, matcher))
      problems.push(`${path}: got ${JSON.stringify(actual)?.slice(0, 160)}, want ${JSON.stringify(matcher)}`);
  }
  return problems;
}
