import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOfDto } from '@portal/api/common';
import type { AdminUser } from '@portal/domain/content';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AuthUserDto } from './auth.dto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password/password-policy';
import { ROLES, Role } from '../roles';

const ROLE_MESSAGE = `role must be one of: ${ROLES.join(', ')}`;
const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters, at least two kinds of characters ` +
  '(lowercase, uppercase, digits, symbols), not the email address';

export class CreateUserDto {
  @ApiProperty({ example: 'editor@example.org' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320, { message: 'email must be at most 320 characters' })
  email!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, description: PASSWORD_RULES })
  @IsString({ message: 'password must be a string' })
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role!: Role;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ format: 'password', description: PASSWORD_RULES })
  @IsOptional()
  @IsString({ message: 'password must be a string' })
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  password?: string;

  @ApiPropertyOptional({ description: 'A disabled user cannot sign in; open sessions end' })
  @IsOptional()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled?: boolean;
}

/** A staff account: the signed-in user's fields and its state. */
export class UserDto extends AuthUserDto implements AdminUser {
  @ApiProperty()
  disabled!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class UserListDto extends PageOfDto(UserDto) {}
