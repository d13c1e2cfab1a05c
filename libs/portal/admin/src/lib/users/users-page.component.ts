import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ROLES, isRole } from '@portal/domain/access';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { AdminUser, Role } from '../data-access/admin.types';
import { editableList } from '../data-access/editable-list';
import { SessionStore } from '../data-access/session.store';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { DeleteButtonComponent } from '../shared/delete-button.component';
import { DeleteConfirmComponent } from '../shared/delete-confirm.component';
import { DataTableComponent } from '../shared/data-table.component';
import { ListStatusComponent } from '../shared/list-status.component';

/** Staff accounts and their roles (admins only; the route is guarded as well as the API). */
@Component({
  selector: 'pt-admin-users-page',
  imports: [
    TranslatePipe,
    AdminDatePipe,
    DataTableComponent,
    ListStatusComponent,
    DeleteButtonComponent,
    DeleteConfirmComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.users.title' | translate }}</h1>
    <pt-admin-list-status [error]="list.error()">
      @if (list.done(); as d) {
        {{ d | translate }}
      }
    </pt-admin-list-status>
    <pt-admin-data-table [caption]="'admin.users.title' | translate" [columns]="columns">
      <tbody>
        @for (u of list.items(); track u.id) {
          <tr>
            <th scope="row">{{ u.email }}</th>
            <td>
              <label class="pt-visually-hidden" [for]="'role-' + u.id">{{
                'admin.users.roleOf' | translate: { email: u.email }
              }}</label>
              <select
                #roleSelect
                class="pt-input"
                [id]="'role-' + u.id"
                [value]="u.role"
                [disabled]="u.email === me()"
                (change)="setRole(u, roleSelect.value)"
              >
                @for (role of roles; track role) {
                  <option [value]="role" [selected]="role === u.role">
                    {{ 'admin.roles.' + role | translate }}
                  </option>
                }
              </select>
            </td>
            <td>
              {{ (u.disabled ? 'admin.users.disabled' : 'admin.users.active') | translate }}
            </td>
            <td>{{ u.lastLoginAt | ptAdminDate: language.tag() }}</td>
            <td>
              @if (u.email !== me()) {
                <div class="pt-actions">
                  <button type="button" class="pt-btn" (click)="toggleDisabled(u)">
                    {{ (u.disabled ? 'admin.users.enable' : 'admin.users.disable') | translate }}
                    <span class="pt-visually-hidden">{{ u.email }}</span>
                  </button>
                  <pt-admin-delete-button [name]="u.email" (pressed)="confirmDelete().ask(u)" />
                </div>
              }
            </td>
          </tr>
        }
      </tbody>
    </pt-admin-data-table>

    <section class="pt-card" aria-labelledby="new-user">
      <h2 id="new-user">{{ 'admin.users.add' | translate }}</h2>
      <form class="pt-filters" (submit)="create($event)" novalidate>
        <div class="pt-field">
          <label for="new-email">{{ 'admin.users.email' | translate }}</label>
          <input id="new-email" name="email" type="email" autocomplete="off" required />
        </div>
        <div class="pt-field">
          <label for="new-password">{{ 'admin.users.password' | translate }}</label>
          <input
            id="new-password"
            name="password"
            type="password"
            autocomplete="new-password"
            aria-describedby="new-password-hint"
            required
          />
        </div>
        <div class="pt-field">
          <label for="new-role">{{ 'admin.users.role' | translate }}</label>
          <select id="new-role" name="role">
            @for (role of roles; track role) {
              <option [value]="role" [selected]="role === 'contributor'">
                {{ 'admin.roles.' + role | translate }}
              </option>
            }
          </select>
        </div>
        <button type="submit" class="pt-btn pt-btn--primary">
          {{ 'admin.users.create' | translate }}
        </button>
      </form>
      <p class="pt-hint" id="new-password-hint">{{ 'admin.users.passwordHint' | translate }}</p>
    </section>
    <pt-admin-delete-confirm
      texts="admin.users"
      [describe]="describe"
      (confirmed)="remove($event)"
    />
  `,
})
export class UsersPageComponent {
  private readonly api = inject(AdminApi);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(AdminLanguageStore);
  /** From the permission table, least trusted first. */
  protected readonly roles = ROLES;
  protected readonly columns = [
    'admin.users.email',
    'admin.users.role',
    'admin.users.state',
    'admin.users.lastLogin',
    'admin.common.actions',
  ];
  protected readonly list = editableList(() => this.api.listUsers(), {
    reloadAfterFailure: true,
  });
  protected readonly me = () => this.session.user()?.email;
  protected readonly describe = (user: AdminUser) => ({ email: user.email });
  protected readonly confirmDelete =
    viewChild.required<DeleteConfirmComponent<AdminUser>>(DeleteConfirmComponent);

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const ok = await this.list.run(
      this.api.createUser(
        String(data.get('email') ?? '').trim(),
        String(data.get('password') ?? ''),
        roleOrLeast(data.get('role')),
      ),
      'admin.users.created',
    );
    if (ok) form.reset();
  }

  protected setRole(user: AdminUser, role: string): void {
    if (!isRole(role)) return;
    void this.list.run(this.api.updateUser(user.id, { role }), 'admin.users.updated');
  }

  protected toggleDisabled(user: AdminUser): void {
    void this.list.run(
      this.api.updateUser(user.id, { disabled: !user.disabled }),
      'admin.users.updated',
    );
  }

  protected async remove(user: AdminUser): Promise<void> {
    await this.list.run(this.api.deleteUser(user.id), 'admin.users.deleted');
  }
}

/** A new account gets the least trusted role unless another is chosen. */
function roleOrLeast(value: FormDataEntryValue | null): Role {
  return isRole(value) ? value : ROLES[0];
}
