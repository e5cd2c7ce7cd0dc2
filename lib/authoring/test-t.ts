// For tests: a namespace's English messages as the logic's `t`, as getTranslations gives it to a page or route.
import { translatorFor } from '@/test/intl';
import type { Translate } from './messages';

export const englishT = (namespace: 'authoring' | 'contentCheck') => translatorFor(namespace) as unknown as Translate;
