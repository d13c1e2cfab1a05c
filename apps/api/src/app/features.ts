import type { DynamicModule, Type } from '@nestjs/common';

/** The feature modules of the API and their migrations, in one place. */
export const FEATURE_MODULES: (Type | DynamicModule)[] = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const FEATURE_MIGRATIONS: Function[] = [];
