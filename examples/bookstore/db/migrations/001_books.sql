create table if not exists books (
  id serial primary key,
  title text not null,
  author text not null,
  price_cents integer not null check (price_cents >= 0),
  created_at timestamptz not null default now()
);
