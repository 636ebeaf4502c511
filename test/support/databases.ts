import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { closingAfterFile } from './cleanup.js';

const serverUrl = () => inject('postgresUrl');

async function admin<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test run's PostgreSQL, dropped when the file's tests end; its connection string. */
export async function freshDatabase(): Promise<string> {
  const name = `wenda_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  closingAfterFile.push(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
