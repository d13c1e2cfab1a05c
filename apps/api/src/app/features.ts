import type { DynamicModule, Type } from '@nestjs/common';
import { ASSISTANT_MIGRATIONS, AssistantModule } from '@portal/api/assistant';
import { AUTH_MIGRATIONS, AuthModule } from '@portal/api/auth';
import { CONTENT_MIGRATIONS, ContentModule } from '@portal/api/content';
import { INGESTION_MIGRATIONS, IngestionModule } from '@portal/api/ingestion';
import { SEARCH_MIGRATIONS, SearchModule } from '@portal/api/search';

/** The feature modules of the API and their migrations, in one place. */
export const FEATURE_MODULES: (Type | DynamicModule)[] = [
  AuthModule,
  SearchModule,
  ContentModule,
  IngestionModule,
  AssistantModule,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const FEATURE_MIGRATIONS: Function[] = [
  ...AUTH_MIGRATIONS,
  ...CONTENT_MIGRATIONS,
  ...SEARCH_MIGRATIONS,
  ...INGESTION_MIGRATIONS,
  ...ASSISTANT_MIGRATIONS,
];
