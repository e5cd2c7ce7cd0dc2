// A t.rich tag that shows an ISO date in the reader's own time zone; the message passes the ISO string as the tag's
// only content, e.g. "due <time>{due}</time>".
import type { ReactNode } from 'react';
import { LocalTime } from '@/components/teacher/local-time';

export const time = (chunks: ReactNode) => <LocalTime iso={[chunks].flat().join('')} />;
