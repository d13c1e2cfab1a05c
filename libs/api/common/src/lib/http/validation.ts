import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorDetail, InvalidInputError } from '../errors/domain-error';

/** Flattens class-validator's tree into `{ path, message }` with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      // class-validator starts messages with the bare property name; say the full path.
      const text = message.startsWith(`${error.property} `)
        ? `${path}${message.slice(error.property.length)}`
        : message.replace(/^property \S+ /, `${path} `);
      details.push({ path, message: text });
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
