// PostgreSQL error codes, whether the driver error arrives bare or wrapped by Drizzle (error.cause).

/** The SQLSTATE of a database error (e.g. 23505 unique violation), or undefined for anything else. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') return undefined;
    if ('code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code))
      return current.code;
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}
