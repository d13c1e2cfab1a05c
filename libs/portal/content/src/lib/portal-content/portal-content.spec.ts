import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalContent } from './portal-content';

describe('PortalContent', () => {
  let component: PortalContent;
  let fixture: ComponentFixture<PortalContent>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalContent]
    }).compileComponents();

    fixture = TestBed.createComponent(PortalContent);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
