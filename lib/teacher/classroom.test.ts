import { describe, expect, it } from 'vitest';
import { classroomShareUrl } from './classroom';

describe('classroomShareUrl', () => {
  it('is Classroom share URL with the join link and title encoded as query values', () => {
    const share = new URL(classroomShareUrl('http://school.test/join/ABC123?x=1&y=2', 'Tom & Jerry: “quiz”'));
    expect(share.origin + share.pathname).toBe('https://classroom.google.com/share');
    expect(share.searchParams.get('url')).toBe('http://school.test/join/ABC123?x=1&y=2');
    expect(share.searchParams.get('title')).toBe('Tom & Jerry: “quiz”');
  });
});
