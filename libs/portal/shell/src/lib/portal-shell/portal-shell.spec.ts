import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalShell } from './portal-shell';

describe('PortalShell', () => {
  let component: PortalShell;
  let fixture: ComponentFixture<PortalShell>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalShell]
    }).compileComponents();

    fixture = TestBed.createComponent(PortalShell);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
