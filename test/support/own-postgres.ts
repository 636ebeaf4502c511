// The tests' PostgreSQL is started as the bench starts its own (bench/own-postgres.ts, which the
// build compiles; test/ is not built).
export { freePort, startOwnPostgres, type OwnPostgres } from '../../bench/own-postgres.js';
