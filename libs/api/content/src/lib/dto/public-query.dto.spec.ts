import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CountriesQueryDto } from './public-query.dto';

async function problems(query: Record<string, string>): Promise<string[]> {
  const dto = plainToInstance(CountriesQueryDto, query);
  return (await validate(dto)).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('reference list queries', () => {
  it('default to one page that holds every State', () => {
    const dto = plainToInstance(CountriesQueryDto, {});
    expect(dto).toMatchObject({ page: 1, size: 100, lang: 'en' });
  });

  it('check page and size as every other list does', async () => {
    await expect(problems({ size: '0' })).resolves.toEqual(['size must be at least 1']);
    await expect(problems({ size: '101' })).resolves.toEqual(['size must be at most 100']);
    await expect(problems({ page: 'x' })).resolves.toContain('page must be a whole number');
    await expect(problems({ group: 'nowhere' })).resolves.toEqual([
      expect.stringContaining('group must be one of'),
    ]);
    await expect(problems({ size: '57', group: 'asian-partner' })).resolves.toEqual([]);
  });
});
