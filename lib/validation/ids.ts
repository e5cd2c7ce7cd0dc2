// Ids in URLs, forms and cookies: our rows use UUIDs, so anything else is simply not found (checked before a query).
import { z } from 'zod';

export const uuidSchema = z.uuid();
export function isUuid(value: unknown): value is string {
  return uuidSchema.safeParse(value).success;
}
