import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  ServiceBusyError,
  TooManyRequestsError,
} from '../errors/domain-error';
import { retryAfterOf, toApiError } from './api-exception.filter';
import { createValidationPipe } from './validation';

class TitleDto {
  @IsString()
  @MaxLength(5)
  title!: string;
}

class PageDto {
  @IsIn(['page'])
  kind!: string;

  @ValidateNested()
  @Type(() => TitleDto)
  it!: TitleDto;
}

describe('toApiError', () => {
  it('maps domain errors to the API error shape', () => {
    expect(toApiError(InvalidInputError.field('q', 'must not be empty'))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'q: must not be empty',
      details: [{ path: 'q', message: 'must not be empty' }],
    });
    expect(toApiError(new NotFoundError('Page "x"')).statusCode).toBe(404);
    expect(toApiError(new ConflictError('saved in between', { currentVersion: 4 }))).toMatchObject({
      statusCode: 409,
      currentVersion: 4,
    });
    expect(toApiError(new TooManyRequestsError('slow down', 12))).toMatchObject({
      statusCode: 429,
      retryAfter: 12,
    });
  });

  it('keeps the status of framework errors and hides unknown ones', () => {
    expect(toApiError(new NotFoundException('Cannot GET /api/x')).statusCode).toBe(404);
    expect(toApiError(new BadRequestException(['a', 'b'])).message).toBe('a; b');
    expect(toApiError(Object.assign(new Error('too big'), { status: 413 })).statusCode).toBe(413);
    expect(
      toApiError(Object.assign(new Error('too big'), { status: 413, limit: 102400 })).message,
    ).toBe('The request body is too large (at most 100 KB)');
    const hidden = toApiError(new Error('connection string postgres://secret'));
    expect(hidden).toMatchObject({ statusCode: 500 });
    expect(hidden.message).not.toContain('secret');
  });
});

describe('retryAfterOf', () => {
  it('gives every 429 a Retry-After, and a busy 503 its own', () => {
    expect(retryAfterOf(new TooManyRequestsError('slow down', 12), 429)).toBe(12);
    expect(retryAfterOf(new HttpException('throttled', 429), 429)).toBe(60);
    expect(retryAfterOf(new ServiceBusyError('busy', 1), 503)).toBe(1);
    expect(toApiError(new ServiceBusyError('busy', 1))).toMatchObject({
      statusCode: 503,
      retryAfter: 1,
    });
    expect(retryAfterOf(new Error('x'), 500)).toBeUndefined();
  });
});

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const meta = { type: 'body' as const, metatype: PageDto };

  it('names nested fields by their dotted path', async () => {
    const error = await pipe
      .transform({ kind: 'page', it: { title: 'much too long' } }, meta)
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.details).toEqual([
      { path: 'it.title', message: expect.stringContaining('it.title') },
    ]);
  });

  it('rejects unknown fields', async () => {
    const error = await pipe
      .transform({ kind: 'page', it: { title: 'ok' }, admin: true }, meta)
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.details[0].path).toBe('admin');
  });

  it('passes valid input through as the DTO class', async () => {
    await expect(
      pipe.transform({ kind: 'page', it: { title: 'ok' } }, meta),
    ).resolves.toBeInstanceOf(PageDto);
  });
});
