import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, InvalidInputError } from '@portal/api/common';
import {
  CreatePageDto,
  CreateProgrammeDto,
  PublishDto,
  RestoreDto,
  UnpublishDto,
  UpdatePageDto,
} from './content-input.dto';

const pipe = createValidationPipe();

async function paths(metatype: ArgumentMetadata['metatype'], body: unknown): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).details.map((d) => d.path);
  }
  return [];
}

describe('content input DTOs', () => {
  it('accepts a valid page', async () => {
    await expect(
      paths(CreatePageDto, {
        slug: 'community-policing',
        translations: { it: { title: 'Polizia', body: '# x', format: 'markdown' } },
      }),
    ).resolves.toEqual([]);
  });

  it('names an unknown locale and a missing title', async () => {
    await expect(
      paths(CreatePageDto, { slug: 'x', translations: { xx: { title: 'a' } } }),
    ).resolves.toContain('translations.xx');
    await expect(
      paths(CreatePageDto, { slug: 'x', translations: { it: { summary: 'no title' } } }),
    ).resolves.toContain('translations.it.title');
    await expect(paths(CreatePageDto, { slug: 'x', translations: {} })).resolves.toEqual([
      'translations',
    ]);
  });

  it.each(['Has Caps', 'double--hyphen', '-leading', 'trailing-', 'a'.repeat(81), "x'; DROP"])(
    'rejects the slug %s',
    async (slug) => {
      await expect(
        paths(CreatePageDto, { slug, translations: { en: { title: 't' } } }),
      ).resolves.toContain('slug');
    },
  );

  it('enforces lengths, formats and the version', async () => {
    await expect(
      paths(CreatePageDto, {
        slug: 'x',
        translations: {
          en: { title: 't'.repeat(301), body: 'b'.repeat(200_001), format: 'docx' },
        },
      }),
    ).resolves.toEqual(['translations.en.title', 'translations.en.body', 'translations.en.format']);
    await expect(paths(UpdatePageDto, { translations: { en: { title: 'x' } } })).resolves.toContain(
      'version',
    );
    await expect(paths(UpdatePageDto, { version: 1, extra: true })).resolves.toContain('extra');
  });

  it('validates programmes and publishing', async () => {
    await expect(
      paths(CreateProgrammeDto, {
        slug: 'p',
        category: 'police-development-reform',
        startYear: 1900,
        countries: ['DEU'],
        translations: { en: { title: 't' } },
      }),
    ).resolves.toEqual(['countries', 'startYear']);
    await expect(
      paths(PublishDto, { version: 1, locales: ['it', 'xx'], publishAt: 'tomorrow' }),
    ).resolves.toEqual(['locales', 'publishAt']);
  });

  it('requires the version an editor acts on to publish, unpublish and restore', async () => {
    for (const dto of [PublishDto, UnpublishDto, RestoreDto]) {
      expect(new Set(await paths(dto, {}))).toEqual(new Set(['version']));
      expect(new Set(await paths(dto, { version: 0 }))).toEqual(new Set(['version']));
      await expect(paths(dto, { version: 3 })).resolves.toEqual([]);
    }
  });
});
