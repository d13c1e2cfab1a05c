import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { InAppNavigation } from './in-app-navigation';

@Component({ template: '' })
class BlankPage {}

describe('InAppNavigation', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', pathMatch: 'full', redirectTo: 'en' },
          { path: ':lang', component: BlankPage },
        ]),
      ],
    }),
  );

  it('stays false through the navigation that starts the app, redirect included', async () => {
    const visits = TestBed.inject(InAppNavigation);
    await TestBed.inject(Router).navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/en');
    expect(visits.navigated()).toBe(false);
  });

  it('turns true when a later navigation ends, even one that keeps the component', async () => {
    const router = TestBed.inject(Router);
    const visits = TestBed.inject(InAppNavigation);
    await router.navigateByUrl('/en');
    await router.navigateByUrl('/fr');
    expect(visits.navigated()).toBe(true);
  });

  it('counts a navigation after the first even when created after that one ended', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/en');
    const visits = TestBed.inject(InAppNavigation);
    expect(visits.navigated()).toBe(false);
    await router.navigateByUrl('/de');
    expect(visits.navigated()).toBe(true);
  });

  it('does not count a navigation that was cancelled', async () => {
    const router = TestBed.inject(Router);
    const visits = TestBed.inject(InAppNavigation);
    await router.navigateByUrl('/en');
    router.resetConfig([{ path: ':lang', component: BlankPage, canActivate: [() => false] }]);
    expect(await router.navigateByUrl('/it')).toBe(false);
    expect(visits.navigated()).toBe(false);
  });
});
