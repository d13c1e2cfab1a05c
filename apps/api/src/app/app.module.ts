import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import {
  ALL_CONFIG,
  ApiExceptionFilter,
  createValidationPipe,
  serverConfig,
  validateEnvironment,
  WellFormedTextPipe,
} from '@portal/api/common';
import { DatabaseModule } from '@portal/api/database';
import { HealthController } from './health.controller';
import { FEATURE_MIGRATIONS, FEATURE_MODULES } from './features';

/**
 * The composition root. Built by a function rather than a static decorator so that each
 * call reads the environment afresh (the end-to-end tests start several apps, each on
 * its own database).
 */
@Module({})
export class AppModule {
  static forRoot(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [...ALL_CONFIG],
          validate: validateEnvironment,
        }),
        LoggerModule.forRootAsync({
          inject: [serverConfig.KEY],
          useFactory: (server: ConfigType<typeof serverConfig>) => ({
            pinoHttp: {
              level: server.logLevel,
              autoLogging: { ignore: (req) => req.url === '/api/health' },
              // One line per request: method, URL, status and pino-http's responseTime. No
              // header maps: they were noise, and the response's carried Set-Cookie unredacted.
              serializers: {
                req: (req: { id: unknown; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
            },
          }),
        }),
        DatabaseModule.forRoot({ migrations: FEATURE_MIGRATIONS }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        // Text check first: a NUL or lone surrogate is refused even where a DTO has no rule.
        { provide: APP_PIPE, useClass: WellFormedTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
