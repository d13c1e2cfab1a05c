export { responseRef, schemaShape, undocumentedResponses } from './lib/testing/openapi-shapes';
export type { Presence, ShapeOf } from './lib/testing/openapi-shapes';
export { refusedField, rejection } from './lib/testing/rejection';
