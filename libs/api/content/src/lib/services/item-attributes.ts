import type { ContentKind, ItemAttributes } from '@portal/domain/content';
import { findCountry } from '@portal/domain/countries';
import { findFieldOperation } from '@portal/domain/institutions';
import { InvalidInputError } from '@portal/api/common';
import { isReferenceKind } from './content-index.service';
import { PROGRAMME_CATEGORY_KEYS, isProgrammeActivity } from './programme-vocabulary';
import { referenceKey } from './reference-data';

/*
 * The rules an item's key and attributes follow, beyond what the DTOs can check: keys of
 * reference data are known codes or slugs, and a programme's attributes name known
 * categories, activities, field operations and countries.
 */

/** The key an item is stored under: a reference item's canonical code or slug. */
export function normaliseKey(kind: ContentKind, key: string | undefined): string {
  if (!key) throw InvalidInputError.field('slug', 'slug is required');
  if (isReferenceKind(kind)) {
    const normalised = referenceKey(kind, key);
    if (!normalised) throw InvalidInputError.field('key', `unknown ${kind} ${key.slice(0, 80)}`);
    return normalised;
  }
  return key;
}

/** A programme's attributes, checked and de-duplicated; other kinds have none. */
export function checkAttributes(kind: ContentKind, attributes: ItemAttributes): ItemAttributes {
  if (kind !== 'programme') return {};
  const category = attributes.category;
  if (!category || !PROGRAMME_CATEGORY_KEYS.includes(category)) {
    throw InvalidInputError.field(
      'category',
      `category must be one of: ${PROGRAMME_CATEGORY_KEYS.join(', ')}`,
    );
  }
  const activities = [...new Set(attributes.activities ?? [])];
  activities.forEach((activity, i) => {
    if (!isProgrammeActivity(activity)) {
      throw InvalidInputError.field(`activities.${i}`, `unknown activity ${activity}`);
    }
  });
  const fieldOperation = attributes.fieldOperation || undefined;
  if (fieldOperation && !findFieldOperation(fieldOperation)) {
    throw InvalidInputError.field('fieldOperation', `unknown field operation ${fieldOperation}`);
  }
  const countries = [...new Set((attributes.countries ?? []).map((c) => c.toUpperCase()))];
  countries.forEach((code, i) => {
    if (!findCountry(code) || code.length !== 2) {
      throw InvalidInputError.field(`countries.${i}`, `unknown country code ${code}`);
    }
  });
  const { startYear, endYear } = attributes;
  if (startYear !== undefined && endYear !== undefined && endYear < startYear) {
    throw InvalidInputError.field('endYear', 'endYear must not be before startYear');
  }
  return {
    category,
    activities,
    countries,
    ...(fieldOperation ? { fieldOperation } : {}),
    ...(startYear !== undefined ? { startYear } : {}),
    ...(endYear !== undefined ? { endYear } : {}),
  };
}
