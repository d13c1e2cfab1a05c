import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOfDto, PageQueryDto } from '@portal/api/common';
import { AUDITED_ITEM_TYPES, type AuditedItemType } from '@portal/domain/content';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'User id or email of the actor' })
  @IsOptional()
  @IsString({ message: 'user must be a string' })
  @MaxLength(320, { message: 'user must be at most 320 characters' })
  user?: string;

  @ApiPropertyOptional({ enum: AUDITED_ITEM_TYPES, example: 'page' })
  @IsOptional()
  @IsIn(AUDITED_ITEM_TYPES, {
    message: `itemType must be one of: ${AUDITED_ITEM_TYPES.join(', ')}`,
  })
  itemType?: AuditedItemType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'itemId must be a string' })
  @MaxLength(200, { message: 'itemId must be at most 200 characters' })
  itemId?: string;

  @ApiPropertyOptional({ example: 'page.publish' })
  @IsOptional()
  @IsString({ message: 'action must be a string' })
  @MaxLength(100, { message: 'action must be at most 100 characters' })
  action?: string;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: AuditActorDto, nullable: true })
  actor!: AuditActorDto | null;

  @ApiProperty({ example: 'page.update' })
  action!: string;

  @ApiProperty({ type: String, nullable: true, example: 'page' })
  itemType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  itemId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({ type: Object, nullable: true })
  details!: Record<string, unknown> | null;
}

export class AuditListDto extends PageOfDto(AuditEntryDto) {}
