import { TestBed } from '@angular/core/testing';
import { PageHeaderComponent } from './page-header.component';

describe('PageHeaderComponent', () => {
  it('is the target of citations to the opening passage, p0, and holds the one h1', async () => {
    const fixture = TestBed.createComponent(PageHeaderComponent);
    fixture.componentRef.setInput('heading', 'Germany');
    fixture.componentRef.setInput('lead', 'Participating State since 1973');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const header = el.querySelector('#p0');
    expect(header?.querySelector('h1')?.textContent).toBe('Germany');
    expect(header?.textContent).toContain('Participating State since 1973');
    expect(el.querySelectorAll('h1')).toHaveLength(1);
  });
});
