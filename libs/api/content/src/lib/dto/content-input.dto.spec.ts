import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateProgrammeDto, UpdateProgrammeDto } from './content-input.dto';

async function invalidFields(type: new () => object, body: object): Promise<string[]> {
  return (await validate(plainToInstance(type, body))).map((e) => e.property).sort();
}

describe('programme inputs', () => {
  const attributes = { startYear: 1900, countries: ['ABC'], activities: 'training' };

  it('check the programme fields alike on create and on update', async () => {
    for (const type of [CreateProgrammeDto, UpdateProgrammeDto]) {
      await expect(invalidFields(type, attributes)).resolves.toEqual(
        expect.arrayContaining(['activities', 'countries', 'startYear']),
      );
      await expect(invalidFields(type, { endYear: 2030 })).resolves.not.toContain('endYear');
    }
  });

  it('need a category only on create', async () => {
    await expect(invalidFields(CreateProgrammeDto, {})).resolves.toContain('category');
    await expect(invalidFields(UpdateProgrammeDto, {})).resolves.not.toContain('category');
  });
});
