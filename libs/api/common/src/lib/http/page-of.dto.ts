import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The OpenAPI shape of one page of a list (`Paginated<T>` in @portal/domain/content), for a
 * list DTO to extend: `export class UserListDto extends PageOfDto(UserDto) {}`. The schema
 * takes the extending class's name.
 */
export function PageOfDto<T>(item: Type<T>) {
  abstract class PageOf {
    @ApiProperty({ type: [item] })
    readonly items!: readonly T[];

    @ApiProperty()
    readonly total!: number;

    @ApiProperty()
    readonly page!: number;

    @ApiProperty()
    readonly size!: number;
  }
  return PageOf;
}
