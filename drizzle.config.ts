// drizzle-kit reads the schema and writes SQL migrations to drizzle/ (`npm run db:generate`).
// The app applies them itself at start (lib/db/migrate.ts), so no database is needed here.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
  strict: true,
});
