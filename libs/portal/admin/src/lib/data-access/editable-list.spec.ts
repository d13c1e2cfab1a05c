import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, of, throwError } from 'rxjs';
import { editableList } from './editable-list';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

const refused = () => throwError(() => new HttpErrorResponse({ status: 409 }));

describe('editableList', () => {
  function setup(reloadAfterFailure?: boolean) {
    let rows = ['a'];
    let loads = 0;
    const list = editableList(
      (): Observable<{ items: string[] }> => {
        loads++;
        return of({ items: rows });
      },
      { reloadAfterFailure },
    );
    return { list, loads: () => loads, setRows: (next: string[]) => (rows = next) };
  }

  it('loads when created, and after a change says it is done and loads again', async () => {
    const { list, loads, setRows } = setup();
    await settle();
    expect(list.items()).toEqual(['a']);
    setRows(['a', 'b']);
    await expect(list.run(of(null), 'admin.users.created')).resolves.toBe(true);
    expect(list.done()).toBe('admin.users.created');
    expect(list.error()).toBeNull();
    expect(list.items()).toEqual(['a', 'b']);
    expect(loads()).toBe(2);
  });

  it('keeps a refused change as a readable error, reloading only when asked to', async () => {
    const kept = setup();
    await settle();
    await expect(kept.list.run(refused(), 'admin.users.updated')).resolves.toBe(false);
    expect(kept.list.error()?.key).toBe('admin.errors.conflict');
    expect(kept.list.done()).toBeNull();
    expect(kept.loads()).toBe(1);

    const reloaded = setup(true);
    await settle();
    await reloaded.list.run(refused(), 'admin.users.updated');
    expect(reloaded.loads()).toBe(2);
  });
});
