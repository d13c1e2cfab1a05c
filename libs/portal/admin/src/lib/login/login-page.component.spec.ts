import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { type Observable, of, throwError } from 'rxjs';
import { SessionStore } from '../data-access/session.store';
import { LoginPageComponent } from './login-page.component';

function render(login: (email: string, password: string) => Observable<unknown>) {
  const session = { login: jest.fn(login) };
  TestBed.configureTestingModule({
    providers: [
      provideTranslateService(),
      provideRouter([]),
      { provide: SessionStore, useValue: session },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  const fixture = TestBed.createComponent(LoginPageComponent);
  fixture.componentRef.setInput('returnUrl', '/admin/review');
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const email = element.querySelector('#login-email') as HTMLInputElement;
  const password = element.querySelector('#login-password') as HTMLInputElement;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = () => {
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    fixture.detectChanges();
  };
  const alert = () => element.querySelector('#login-error')?.textContent?.trim();
  return { session, navigate, email, password, type, submit, alert };
}

describe('LoginPageComponent', () => {
  it('asks for both fields before calling the API, and points the fields at the message', () => {
    const { session, email, password, type, submit, alert } = render(() => of({}));
    type(email, '  ');
    type(password, 'secret');
    submit();
    expect(session.login).not.toHaveBeenCalled();
    expect(alert()).toBe('admin.login.missing');
    for (const input of [email, password]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe('login-error');
    }
  });

  it('logs in with the trimmed address and returns to the page asked for', () => {
    const { session, navigate, email, password, type, submit, alert } = render(() => of({}));
    type(email, ' editor@example.org ');
    type(password, ' pass phrase ');
    submit();
    expect(session.login).toHaveBeenCalledWith('editor@example.org', ' pass phrase ');
    expect(navigate).toHaveBeenCalledWith('/admin/review');
    expect(alert()).toBe('');
    expect(email.hasAttribute('aria-invalid')).toBe(false);
  });

  it('says the credentials are wrong on a 401, and keeps what was typed', () => {
    const { email, password, type, submit, alert } = render(() =>
      throwError(() => new HttpErrorResponse({ status: 401 })),
    );
    type(email, 'editor@example.org');
    type(password, 'nope');
    submit();
    expect(alert()).toBe('admin.login.wrong');
    expect(email.value).toBe('editor@example.org');
  });
});
