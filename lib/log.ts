import 'server-only';
// The server's structured log for the app's own code (pino, JSON lines; see lib/server/log.js for what is redacted).
// Log an error as { err }, so its stack is kept in the log and never sent to a client.
import { getLogger } from './server/log.js';

export const log = getLogger();
