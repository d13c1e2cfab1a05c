import { InvalidInputError } from '@portal/api/common';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it is never a denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** The reason `password` is not acceptable for `email`, or undefined when it is. */
export function passwordProblem(password: string, email: string): string | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  }
  if (CLASSES.filter((c) => c.test(password)).length < 2) {
    return 'must mix at least two kinds of characters (lowercase, uppercase, digits, symbols)';
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return 'must not be the email address';
  }
  return undefined;
}

/** Throws InvalidInputError on the `password` field when the policy rejects it. */
export function assertPasswordPolicy(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (!problem) return;
  // Worded like the validation pipe's messages: "password must ...".
  const message = `password ${problem}`;
  throw new InvalidInputError(message, [{ path: 'password', message }]);
}
