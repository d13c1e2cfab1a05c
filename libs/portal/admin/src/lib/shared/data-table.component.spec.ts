import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { DataTableComponent } from './data-table.component';

@Component({
  imports: [DataTableComponent],
  template: `<pt-admin-data-table
    caption="Users"
    [columns]="['admin.users.email', 'admin.users.role']"
  >
    <tbody>
      <tr>
        <th scope="row">editor&#64;example.org</th>
        <td>editor</td>
      </tr>
    </tbody>
  </pt-admin-data-table>`,
})
class UsersTableComponent {}

describe('DataTableComponent', () => {
  it('puts the caption, translated column headers and the given rows in one table', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', { admin: { users: { email: 'Email', role: 'Role' } } });
    translate.use('en');
    const fixture = TestBed.createComponent(UsersTableComponent);
    fixture.detectChanges();
    const table = (fixture.nativeElement as HTMLElement).querySelector(
      '.pt-table-wrap[tabindex="0"] > table',
    ) as HTMLTableElement;
    expect(table.caption?.textContent?.trim()).toBe('Users');
    const headers = [...table.querySelectorAll('thead th[scope="col"]')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Email', 'Role']);
    expect(table.tBodies[0].rows[0].cells[0].textContent).toBe('editor@example.org');
  });
});
