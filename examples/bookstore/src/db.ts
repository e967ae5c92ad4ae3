import pg from 'pg';

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
  ssl: process.env.DB_SSL === 'true' ? { rejectUnauthorized: true } : undefined,
});
