import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ClientIp } from '@portal/api/common';
import { AuthUserDto, LoginDto, RefreshTokenDto, TokenResponseDto } from '../dto/auth.dto';
import { AdminRoute } from '../guards/admin-route.decorator';
import { CurrentUser } from '../guards/current-user.decorator';
import type { AuthUser } from '../roles';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts for this account or from this client; see Retry-After',
  })
  @ApiServiceUnavailableResponse({
    description: 'Every password-hashing slot is busy; see Retry-After',
  })
  login(@Body() body: LoginDto, @ClientIp() ip: string): Promise<TokenResponseDto> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({ description: 'Unknown, spent or expired refresh token' })
  refresh(@Body() body: RefreshTokenDto, @ClientIp() ip: string): Promise<TokenResponseDto> {
    return this.auth.refresh(body.refreshToken, ip);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The refresh token no longer works' })
  logout(@Body() body: RefreshTokenDto, @ClientIp() ip: string): Promise<void> {
    return this.auth.logout(body.refreshToken, ip);
  }

  @Get('me')
  @AdminRoute('session.own')
  @ApiOkResponse({ type: AuthUserDto })
  me(@CurrentUser() user: AuthUser): AuthUserDto {
    return user;
  }
}
