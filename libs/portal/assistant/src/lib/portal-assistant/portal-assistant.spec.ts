import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalAssistant } from './portal-assistant';

describe('PortalAssistant', () => {
  let component: PortalAssistant;
  let fixture: ComponentFixture<PortalAssistant>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalAssistant]
    }).compileComponents();

    fixture = TestBed.createComponent(PortalAssistant);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
