export { TEST_ADMIN, bearer, describeEachApi, freePort, startApi } from './api-process';
export type { ApiHandle, Engine, RunningApi, StartOptions } from './api-process';
