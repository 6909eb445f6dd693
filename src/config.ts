// Every setting the desk reads from the environment, read once at start and passed on in Deps.

export type Config = {
  /** postgres://… selects PostgreSQL; empty selects the embedded PGlite in dataDir. */
  databaseUrl: string;
  /** PGlite data folder; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  bodyLimitBytes: number;
  attachmentMaxBytes: number;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  webDist: string;
  dbPoolSize: number;
};

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Reads the configuration from an environment (process.env by default); throws on nonsense values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    databaseUrl: env.DATABASE_URL ?? '',
    dataDir: env.DATA_DIR || './data',
    port: readInt(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024),
    attachmentMaxBytes: readInt(env, 'ATTACHMENT_MAX_BYTES', 1024 * 1024),
    sessionTtlHours: readInt(env, 'SESSION_TTL_HOURS', 12),
    cookieSecure: env.COOKIE_SECURE === 'true',
    loginMaxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5),
    loginWindowMinutes: readInt(env, 'LOGIN_WINDOW_MINUTES', 15),
    webDist: env.WEB_DIST || 'web/dist',
    dbPoolSize: readInt(env, 'DB_POOL_SIZE', 10),
    ...overrides,
  };
}
