import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { InvalidInputError, serverConfig } from '@portal/api/common';
import { SitemapService } from './sitemap.service';
import { isAllowedHost, sitemapXml } from './sitemap-xml';

/** `/sitemap.xml` for crawlers, outside the /api prefix where they look for it. */
@ApiExcludeController()
@Controller()
export class SitemapController {
  constructor(
    private readonly sitemap: SitemapService,
    @Inject(serverConfig.KEY) private readonly server: ConfigType<typeof serverConfig>,
  ) {}

  @Get('sitemap.xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  async xml(@Req() req: Request): Promise<string> {
    if (!isAllowedHost(req.hostname, this.server.allowedHosts)) {
      throw new InvalidInputError(`Host ${req.hostname.slice(0, 100)} is not served here`);
    }
    const origin = `${req.protocol}://${req.get('host')}`;
    return sitemapXml((await this.sitemap.paths()).map((path) => origin + path));
  }
}
