// A browser's cookies for route tests that read next/headers: vi.mock('next/headers', async () => (await import('@/test/cookie-jar')).headersMock).
// Imports nothing, so the mock can load it before the route that reads the headers.
export const jar = new Map<string, string>();
export const headersMock = {
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
};
