import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalDataAccess } from './portal-data-access';

describe('PortalDataAccess', () => {
  let component: PortalDataAccess;
  let fixture: ComponentFixture<PortalDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalDataAccess]
    }).compileComponents();

    fixture = TestBed.createComponent(PortalDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
