// A URL path segment as text. decodeURIComponent throws on invalid percent-encoding ("%ff%fe"), which a page
// would answer with a 500; undefined lets it answer 404 instead.
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** True when some part of a path is not valid percent-encoding: Next itself would answer it with a 500. */
export function hasInvalidEncoding(pathname: string): boolean {
  return pathname.split('/').some((segment) => decodeSegment(segment) === undefined);
}
