import type { ItemInput } from '@portal/domain/content';
import type { CreatePageDto, UpdatePageDto } from '../dto/content-input.dto';

/** The item a create body describes, in the service's words (the slug is the item's key). */
export function createdItem(body: CreatePageDto): ItemInput {
  return { key: body.slug, sourceLocale: body.sourceLocale, translations: body.translations };
}

/** What an update body changes in any item; programmes add their attributes to it. */
export function updatedItem(body: UpdatePageDto): ItemInput {
  return {
    key: body.slug,
    sourceLocale: body.sourceLocale,
    translations: body.translations,
    removeTranslations: body.removeTranslations,
  };
}
