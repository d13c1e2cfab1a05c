export {
  DomainError,
  InvalidInputError,
  NotFoundError,
  ConflictError,
  UnauthorizedError,
  ForbiddenError,
  TooManyRequestsError,
  ServiceBusyError,
} from './lib/errors/domain-error';
export type { DomainErrorKind, ErrorDetail } from './lib/errors/domain-error';
export { ApiExceptionFilter, toApiError } from './lib/http/api-exception.filter';
export type { ApiErrorBody } from './lib/http/api-exception.filter';
export { createValidationPipe, flattenValidationErrors } from './lib/http/validation';
export {
  WellFormedTextPipe,
  findMalformedText,
  isWellFormedText,
} from './lib/http/well-formed-text.pipe';
export { LangQueryDto, MAX_PAGE, PageQueryDto, LangPageQueryDto } from './lib/http/query.dto';
export { PageOfDto } from './lib/http/page-of.dto';
export { CONFIG_VARIABLES, LLM_PROVIDERS, EMBEDDINGS_PROVIDERS } from './lib/config/config.schema';
export type { ConfigVariable, LlmProvider, EmbeddingsProvider } from './lib/config/config.schema';
export {
  ConfigError,
  createDataDir,
  validateEnvironment,
  serverConfig,
  databaseConfig,
  authConfig,
  assistantConfig,
  embeddingsConfig,
  redisConfig,
  rateLimitsConfig,
  ALL_CONFIG,
} from './lib/config/config';
export { parseTrustProxy } from './lib/config/trust-proxy';
export type { TrustProxy } from './lib/config/trust-proxy';
export { RateLimitModule } from './lib/rate-limit/rate-limit.module';
export { RateLimited, RateLimitGuard, RouteRateLimits } from './lib/rate-limit/rate-limit.guard';
export type { RateLimitedRoute } from './lib/rate-limit/rate-limit.guard';
export { ATTEMPT_COUNTER } from './lib/rate-limit/attempt-counter';
export type { AttemptCounter, AttemptCount } from './lib/rate-limit/attempt-counter';
export { MemoryAttemptCounter } from './lib/rate-limit/memory-attempt-counter';
export { RedisThrottlerStorage } from './lib/rate-limit/redis-throttler.storage';
export { clientIp, clientNetwork, ClientIp } from './lib/rate-limit/client-ip';
export { ResponseCache, cachedResponse } from './lib/http-cache/response-cache';
export type { CachedResponse } from './lib/http-cache/response-cache';
export {
  PUBLIC_CACHE_CONTROL,
  PRIVATE_CACHE_CONTROL,
  ERROR_CACHE_CONTROL,
} from './lib/http-cache/cache-control';
export { sendCached, matchesIfNoneMatch, acceptsGzip } from './lib/http-cache/send-cached';
export type { CacheOutcome } from './lib/http-cache/send-cached';
export {
  publicResponseCache,
  sortedQueryKey,
  bodyHeaders,
  isPrivateRequest,
} from './lib/http-cache/public-response-cache';
export type { PublicResponseCacheOptions } from './lib/http-cache/public-response-cache';
export { inFlightLimit, eventLoopGate, refuser } from './lib/http-cache/in-flight-limit';
export type { InFlightLimitOptions, EventLoopGateOptions } from './lib/http-cache/in-flight-limit';
