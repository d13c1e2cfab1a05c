import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig, ConfigError } from '@portal/api/common';
import { passwordProblem } from '../password/password-policy';
import { UsersService } from './users.service';

/** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when the database has no user. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(authConfig.KEY)
    private readonly config: Pick<ConfigType<typeof authConfig>, 'adminEmail' | 'adminPassword'>,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if ((await this.users.count()) > 0) return;
    // A weak first password is a configuration mistake: stop with one line naming it.
    const problem = passwordProblem(adminPassword, adminEmail);
    if (problem) throw new ConfigError(`Invalid configuration: ADMIN_PASSWORD ${problem}`);
    if (await this.users.createFirstAdmin(adminEmail, adminPassword)) {
      this.logger.log(`Created the first admin ${adminEmail.toLowerCase()}`);
    }
  }
}
