import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ClientIp, PageQueryDto } from '@portal/api/common';
import { CreateUserDto, UpdateUserDto, UserDto, UserListDto } from '../dto/user.dto';
import { AdminRoute } from '../guards/admin-route.decorator';
import { CurrentUser } from '../guards/current-user.decorator';
import type { AuthUser } from '../roles';
import { UsersService } from './users.service';

@ApiTags('admin: users')
@AdminRoute('users')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserListDto })
  list(@Query() query: PageQueryDto): Promise<UserListDto> {
    return this.users.list(query.page, query.size) as Promise<UserListDto>;
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id') id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The email is taken' })
  create(
    @Body() body: CreateUserDto,
    @CurrentUser() actor: AuthUser,
    @ClientIp() ip: string,
  ): Promise<UserDto> {
    return this.users.create(body, { actor, ip });
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'Would demote or disable yourself or the last admin' })
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: AuthUser,
    @ClientIp() ip: string,
  ): Promise<UserDto> {
    return this.users.update(id, body, { actor, ip });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Would delete yourself or the last admin' })
  remove(
    @Param('id') id: string,
    @CurrentUser() actor: AuthUser,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.users.remove(id, { actor, ip });
  }
}
