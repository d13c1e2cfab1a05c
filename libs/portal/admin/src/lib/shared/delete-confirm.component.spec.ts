import { Component, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { DeleteConfirmComponent } from './delete-confirm.component';

interface Row {
  readonly id: string;
  readonly title: string;
}

@Component({
  imports: [DeleteConfirmComponent],
  template: `<pt-admin-delete-confirm
    texts="admin.things"
    [describe]="describe"
    (confirmed)="deleted.push($event)"
  />`,
})
class HostComponent {
  readonly describe = (row: Row) => ({ title: row.title });
  readonly deleted: Row[] = [];
  readonly confirm = viewChild.required<DeleteConfirmComponent<Row>>(DeleteConfirmComponent);
}

function render() {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', {
    admin: {
      common: { delete: 'Delete', cancel: 'Cancel' },
      things: { deleteTitle: 'Delete this thing?', deleteMessage: 'Delete “{{title}}” for good?' },
    },
  });
  translate.use('en');
  const fixture = TestBed.createComponent(HostComponent);
  fixture.detectChanges();
  const host = fixture.componentInstance;
  const dialog = (fixture.nativeElement as HTMLElement).querySelector(
    'dialog',
  ) as HTMLDialogElement;
  const close = (returnValue: string) => {
    dialog.returnValue = returnValue;
    dialog.dispatchEvent(new Event('close'));
    fixture.detectChanges();
  };
  const ask = (row: Row) => {
    host.confirm().ask(row);
    fixture.detectChanges();
  };
  return { host, dialog, ask, close };
}

describe('DeleteConfirmComponent', () => {
  it('names the row it asks about, and hands it back once confirmed', () => {
    const { host, dialog, ask, close } = render();
    ask({ id: '1', title: 'Old mandate' });
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toBe('Delete this thing?');
    expect(dialog.querySelector('p')?.textContent).toBe('Delete “Old mandate” for good?');
    expect(dialog.querySelector('button[value="confirm"]')?.textContent?.trim()).toBe('Delete');
    close('confirm');
    expect(host.deleted).toEqual([{ id: '1', title: 'Old mandate' }]);
  });

  it('deletes nothing when cancelled, and only the row asked about last', () => {
    const { host, ask, close } = render();
    ask({ id: '1', title: 'Old mandate' });
    close('cancel');
    expect(host.deleted).toEqual([]);
    ask({ id: '2', title: 'Draft' });
    close('confirm');
    close('confirm');
    expect(host.deleted).toEqual([{ id: '2', title: 'Draft' }]);
  });
});
