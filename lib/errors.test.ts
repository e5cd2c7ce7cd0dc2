import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, AppError, errorMessage, errorResponse, formError, toPublicError } from './errors';
import { ERROR_TYPES } from './api-error';
import { errorText } from './error-text';
import { getLogger } from './server/log.js';

describe('errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps codes to statuses and keeps the surface', () => {
    const e = new AppError('not_found:class');
    expect([e.status, e.type, e.surface]).toEqual([404, 'not_found', 'class']);
    expect(new AppError('forbidden:class').status).toBe(403);
    expect(new AppError('rate_limited:sign-in', undefined, { retryAfter: 30 }).status).toBe(429);
    expect(new AppError('payload_too_large:body').status).toBe(413);
    expect(new AppError('unsupported_media_type:body').status).toBe(415);
  });

  it('has a default message for every type', () => {
    for (const type of ERROR_TYPES) expect(new AppError(`${type}:x`).message, type).toMatch(/^[A-Z].+\.$/);
  });

  it('keeps the English message for logs and tests, and the key to translate', () => {
    const e = new AppError('forbidden:attempts_used', errorMessage('assignment.attemptsUsed', { count: 3 }));
    expect(e.message).toBe('You have used all 3 attempts.');
    expect(e.text).toEqual({ key: 'assignment.attemptsUsed', values: { count: 3 } });
  });

  it('never sends a database error to the client', async () => {
    const log = vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const out = await toPublicError(new Error('duplicate key value violates unique constraint "x"'), 'test');
    expect(out.status).toBe(500);
    expect(out.body).toEqual({ code: 'internal:server', message: expect.stringMatching(/Nothing you saved was lost/) });
    expect(JSON.stringify(out.body)).not.toContain('duplicate');
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toMatchObject({ err: expect.any(Error), where: 'test' });
  });

  it('sets Retry-After on 429 responses', async () => {
    const res = await errorResponse(new AppError('rate_limited:join', undefined, { retryAfter: 12 }), 'test');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('12');
    expect(await res.json()).toMatchObject({ code: 'rate_limited:join', retryAfter: 12 });
  });

  it('apiError answers in the same shape as a thrown AppError, uncached, without logging', async () => {
    const log = vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const early = await apiError('not_found:quiz', 'quiz.noQuizWithId');
    const thrown = await errorResponse(new AppError('not_found:quiz', 'quiz.noQuizWithId'), 'test');
    expect(early.status).toBe(404);
    expect(early.headers.get('Cache-Control')).toBe('no-store');
    expect(await early.json()).toEqual(await thrown.json());
    const fields = await (await apiError('bad_request:shape', 'request.fieldsShape', { fields: { name: 'class.nameRequired' } })).json();
    expect(fields).toEqual({ code: 'bad_request:shape', message: 'Some fields are not in the expected shape.', fields: { name: 'Give the class a name.' } });
    expect(log).not.toHaveBeenCalled();
  });
});

describe('translated at the edge', () => {
  const error = () =>
    new AppError('bad_request:display_name', 'student.nameTaken', { fields: { name: errorMessage('student.nameTooLong', { max: 40 }) } });

  it('answers in Urdu for an Urdu request, the code and the shape unchanged', async () => {
    const res = await errorResponse(error(), 'test', 'ur');
    expect(res.headers.get('Content-Language')).toBe('ur');
    expect(await res.json()).toEqual({
      code: 'bad_request:display_name',
      message: 'اس کلاس میں ایک اور طالب علم کا یہی نام ہے۔',
      fields: { name: 'نام 40 حروف یا اس سے کم رکھیں۔' },
    });
  });

  it('answers in English otherwise, and outside a request', async () => {
    expect(await (await errorResponse(error(), 'test', 'en')).json()).toMatchObject({ message: 'Another student in this class has that name.' });
    expect(await (await errorResponse(error(), 'test')).json()).toMatchObject({ fields: { name: 'Keep your name to 40 characters or fewer.' } });
    expect(await formError(error(), 'test')).toEqual({
      message: 'Another student in this class has that name.',
      fieldErrors: { name: 'Keep your name to 40 characters or fewer.' },
    });
  });

  it('translates the generic 500 too', async () => {
    vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const { body } = await toPublicError(new Error('boom'), 'test', 'ur');
    expect(body).toEqual({ code: 'internal:server', message: expect.stringContaining('خرابی') });
  });

  it('plurals, nested messages and lists', () => {
    expect(errorText(errorMessage('rateLimit.signIn', { minutes: 1 }), 'en')).toBe('Too many sign-in attempts. Wait 1 minute and try again.');
    expect(errorText(errorMessage('rateLimit.signIn', { minutes: 5 }), 'en')).toBe('Too many sign-in attempts. Wait 5 minutes and try again.');
    const line = errorMessage('roster.line', { line: 3, problem: { key: 'roster.noName' } });
    expect(errorText({ list: [line, line] }, 'ur')).toBe('سطر 3: اس قطار میں کوئی نام نہیں۔ سطر 3: اس قطار میں کوئی نام نہیں۔');
  });

  it('shows text from outside the catalogue to English readers only', () => {
    const m = { key: 'answer.doesNotFit', english: 'Pick one of the options.' } as const;
    expect(errorText(m, 'en')).toBe('Pick one of the options.');
    expect(errorText(m, 'ur')).toBe('یہ جواب اس سوال سے مطابقت نہیں رکھتا۔');
  });

  it('fails loudly on a key that is in no catalogue', () => {
    expect(() => errorText('quiz.noSuchKey' as never, 'en')).toThrow(/errors\.quiz\.noSuchKey is not in messages\/en\/errors\.json/);
    expect(() => new AppError('not_found:quiz', 'quiz.gone' as never)).toThrow(/not in messages/);
  });
});
