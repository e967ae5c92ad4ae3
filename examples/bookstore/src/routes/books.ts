import { Router } from 'express';
import { z } from 'zod';
import { cached, redis } from '../cache.js';
import { pool } from '../db.js';

const NewBook = z.object({ title: z.string().min(1), author: z.string().min(1), priceCents: z.number().int().nonnegative() });

export const booksRouter = Router();

booksRouter.get('/', async (_req, res) => {
  const books = await cached('books:all', 60, async () => (await pool.query('select id, title, author, price_cents from books order by title')).rows);
  res.json(books);
});

booksRouter.get('/:id', async (req, res) => {
  const { rows } = await pool.query('select id, title, author, price_cents from books where id = $1', [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: 'not found' });
  res.json(rows[0]);
});

booksRouter.post('/', async (req, res) => {
  const parsed = NewBook.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues });
  const { title, author, priceCents } = parsed.data;
  const { rows } = await pool.query('insert into books (title, author, price_cents) values ($1, $2, $3) returning id', [title, author, priceCents]);
  await redis.del('books:all').catch(() => undefined);
  res.status(201).json({ id: rows[0].id });
});
