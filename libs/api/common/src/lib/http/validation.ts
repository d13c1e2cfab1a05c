import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorDetail, InvalidInputError } from '../errors/domain-error';

/** Flattens class-validator's tree into `{ path, message }` with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      details.push({ path, message: message.replace(/^property \S+ /, `${path} `) });
    }
    if (error.children?.length) details.push(...flattenValidationErrors(error.children, path));
  }
  return details;
}

/**
 * The global pipe: unknown fields are rejected, values are converted to the DTO's types,
 * and every 400 names the fields that are wrong.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const message = details.map((d) => d.message).join('; ') || 'Invalid input';
      return new InvalidInputError(message, details);
    },
  });
}
