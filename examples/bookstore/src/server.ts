import express from 'express';
import { booksRouter } from './routes/books.js';
import { pool } from './db.js';
import { redis } from './cache.js';

const app = express();
app.use(express.json());

app.get('/healthz', async (_req, res) => {
  await pool.query('select 1');
  res.json({ status: 'ok', cache: redis.status });
});
app.use('/books', booksRouter);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`bookstore listening on :${port}`));
