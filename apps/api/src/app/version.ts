// Replaced at build time by webpack's DefinePlugin with the workspace's package.json version.
declare const PORTAL_VERSION: string | undefined;

export const API_VERSION: string = typeof PORTAL_VERSION === 'string' ? PORTAL_VERSION : 'dev';
