/** Splits `/it/policing#p3` into what routerLink and fragment want. */
export function splitUrl(url: string): { path: string; fragment?: string } {
  const i = url.indexOf('#');
  return i < 0 ? { path: url } : { path: url.slice(0, i), fragment: url.slice(i + 1) || undefined };
}
