import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AdminRoute, CurrentUser, type AuthUser } from '@portal/api/auth';
import { ClientIp, PageQueryDto, RateLimited, toApiError } from '@portal/api/common';
import type { Insight } from '@portal/domain/content';
import { AnswerDto, AskDto, FeedbackDto } from './dto/assistant.dto';
import { AssistantService } from './assistant.service';
import { AnswerInsightDto, InsightQueryDto } from './insights/insights.dto';
import { InsightsService } from './insights/insights.service';

@ApiTags('assistant')
@Controller('assistant')
export class AssistantController {
  constructor(private readonly assistant: AssistantService) {}

  @Post('ask')
  @HttpCode(200)
  @RateLimited('assistant')
  @ApiOkResponse({ type: AnswerDto })
  ask(@Body() body: AskDto): Promise<AnswerDto> {
    return this.assistant.ask(body);
  }

  /**
   * Server-sent events: `token` ({ text }) events, then `citations` (the array), then
   * `done` ({ id, refused }). Errors before the first event are ordinary JSON errors.
   */
  @Post('stream')
  @RateLimited('assistant')
  @ApiProduces('text/event-stream')
  async stream(@Body() body: AskDto, @Res() res: Response): Promise<void> {
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const send = (event: string, data: unknown) =>
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    try {
      const answer = await this.assistant.ask(body);
      // Sentence-sized pieces: the grounded answer is final before the first token leaves.
      for (const piece of answer.answer.match(/\S+\s*/g) ?? []) send('token', { text: piece });
      send('citations', answer.citations);
      send('done', { id: answer.id, refused: answer.refused });
    } catch (e) {
      send('error', toApiError(e));
    }
    res.end();
  }

  @Post('feedback')
  @HttpCode(204)
  @RateLimited('feedback')
  async feedback(@Body() body: FeedbackDto): Promise<void> {
    await this.assistant.feedback(body.answerId, body.helpful, body.comment);
  }
}

@ApiTags('assistant')
@Controller('admin/assistant')
@AdminRoute('insights')
export class AssistantAdminController {
  constructor(
    private readonly assistant: AssistantService,
    private readonly insights: InsightsService,
  ) {}

  @Get('unanswered')
  unanswered(@Query() query: PageQueryDto) {
    return this.assistant.unanswered(query.page, query.size);
  }

  /** The queue: each refused or down-voted question with comments, answer, sources and state. */
  @Get('insights')
  list(@Query() query: InsightQueryDto) {
    return this.insights.list(query);
  }

  @Post('insights/:id/answer')
  @HttpCode(200)
  answer(
    @Param('id') id: string,
    @Body() body: AnswerInsightDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<Insight> {
    return this.insights.answer(id, body.page, user, ip);
  }

  @Post('insights/:id/dismiss')
  @HttpCode(200)
  dismiss(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<Insight> {
    return this.insights.dismiss(id, user, ip);
  }

  @Post('insights/:id/reopen')
  @HttpCode(200)
  reopen(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<Insight> {
    return this.insights.reopen(id, user, ip);
  }
}
