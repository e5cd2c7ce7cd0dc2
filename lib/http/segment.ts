// A URL path segment as text. decodeURIComponent throws on invalid percent-encoding ("%ff%fe"), which a page
// would answer with a 500; undefined lets it answer 404 instead.
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
