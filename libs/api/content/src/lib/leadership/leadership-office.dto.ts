import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOfDto } from '@portal/api/common';
import type {
  LeadershipOfficePayload,
  OfficeHolderPayload,
  Paginated,
} from '@portal/domain/content';

/*
 * The leadership offices as visitors read them. Each class implements the shared payload
 * type, and `public-content.dto.spec.ts` checks the OpenAPI document against it.
 */

const OFFICE_GROUPS: readonly LeadershipOfficePayload['group'][] = ['heads', 'offices'];

/** The current holder of an office (`OfficeHolderDto` is what staff send). */
export class PublicOfficeHolderDto implements OfficeHolderPayload {
  @ApiProperty({ description: "In the requested language's script where staff recorded one" })
  readonly name!: string;

  @ApiProperty({ example: '2026-01-01', description: 'Date the holder took office' })
  readonly since!: string;

  @ApiPropertyOptional({ description: 'Public page that says so' })
  readonly sourceUrl?: string;

  @ApiPropertyOptional({ description: 'What the sources leave open, in English' })
  readonly note?: string;
}

export class LeadershipOfficeDto implements LeadershipOfficePayload {
  @ApiProperty()
  readonly slug!: string;

  @ApiProperty()
  readonly title!: string;

  @ApiProperty({
    enum: OFFICE_GROUPS,
    description: '`heads`: Chairpersonship, Chairperson-in-Office, Secretary General, PA President',
  })
  readonly group!: LeadershipOfficePayload['group'];

  @ApiPropertyOptional({
    description: 'Portal path (without locale) of the institution or field operation it heads',
  })
  readonly path?: string;

  @ApiPropertyOptional({ description: 'Name of the structure it heads, when that has no page' })
  readonly relatedName?: string;

  @ApiPropertyOptional({ type: PublicOfficeHolderDto })
  readonly holder?: PublicOfficeHolderDto;
}

export class LeadershipListDto
  extends PageOfDto(LeadershipOfficeDto)
  implements Paginated<LeadershipOfficePayload> {}
