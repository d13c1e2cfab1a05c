import { ApiProperty } from '@nestjs/swagger';
import type { LoginResponse, SessionUser } from '@portal/domain/content';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, Role } from '../roles';

export class LoginDto {
  @ApiProperty({ example: 'editor@example.org', maxLength: 320 })
  @IsString({ message: 'email must be a string' })
  @IsNotEmpty({ message: 'email is required' })
  @MaxLength(320, { message: 'email must be at most 320 characters' })
  email!: string;

  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsString({ message: 'password must be a string' })
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(1024, { message: 'password must be at most 1024 characters' })
  password!: string;
}

export class RefreshTokenDto {
  @ApiProperty({ description: 'The refresh token from login or the last refresh' })
  @IsString({ message: 'refreshToken must be a string' })
  @IsNotEmpty({ message: 'refreshToken is required' })
  @MaxLength(200, { message: 'refreshToken must be at most 200 characters' })
  refreshToken!: string;
}

export class AuthUserDto implements SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export class TokenResponseDto implements LoginResponse {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`, valid for `expiresIn` seconds' })
  accessToken!: string;

  @ApiProperty({ description: 'Single-use token for POST /api/auth/refresh' })
  refreshToken!: string;

  @ApiProperty({ example: 900 })
  expiresIn!: number;

  @ApiProperty({ type: AuthUserDto })
  user!: AuthUserDto;
}
