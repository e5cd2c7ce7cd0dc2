import { useSyncExternalStore } from 'react';

// Nothing to subscribe to: what these values read (the time zone, today's date) does not change while a page is open.
const subscribeNever = () => () => {};

/**
 * A value only the browser knows (its time zone, its clock): `getServer()` while rendering on the server and while
 * hydrating, `getClient()` after, without a hydration mismatch and without setting state in an effect. Both must
 * return a primitive that stays the same while nothing changes (React compares snapshots with Object.is).
 */
export function useClientValue<T extends string | number | boolean | null>(getClient: () => T, getServer: () => T): T {
  return useSyncExternalStore(subscribeNever, getClient, getServer);
}
