import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalSearch } from './portal-search';

describe('PortalSearch', () => {
  let component: PortalSearch;
  let fixture: ComponentFixture<PortalSearch>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalSearch]
    }).compileComponents();

    fixture = TestBed.createComponent(PortalSearch);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
