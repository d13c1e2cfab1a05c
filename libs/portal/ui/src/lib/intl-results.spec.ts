import { PLATFORM_ID, TransferState, makeStateKey } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { IntlResults } from './intl-results';
import { LocalDatePipe } from './local-date.pipe';

/** Runs work as the server renders a page and returns the page's transferred state. */
function renderOnServer(work: (intl: IntlResults) => void): string {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: 'server' }] });
  work(TestBed.inject(IntlResults));
  return TestBed.inject(TransferState).toJson();
}

/** The browser's IntlResults for a page that arrived with this state. */
function hydrateWith(state: string): IntlResults {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: 'browser' }] });
  const transfer = TestBed.inject(TransferState);
  for (const [key, value] of Object.entries(JSON.parse(state) as Record<string, unknown>)) {
    transfer.set(makeStateKey(key), value);
  }
  return TestBed.inject(IntlResults);
}

const TOWNS = ['Zagreb', 'Ämmänsaari', 'Bern', 'Œuvre'];

describe('IntlResults', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the browser the orders and dates the server computed, without building Intl objects', () => {
    let serverOrder: string[] = [];
    let serverDate = '';
    const state = renderOnServer((intl) => {
      serverOrder = intl.sortByName(TOWNS, (t) => t, 'fi-FI');
      serverDate = TestBed.runInInjectionContext(() => new LocalDatePipe()).transform(
        '2026-03-05T12:00:00Z',
        'fr-FR',
      );
    });
    expect(serverOrder).toEqual(['Bern', 'Œuvre', 'Zagreb', 'Ämmänsaari']);
    expect(serverDate).toBe('5 mars 2026');

    const intl = hydrateWith(state);
    const collators = jest.spyOn(Intl, 'Collator');
    const dates = jest.spyOn(Intl, 'DateTimeFormat');
    expect(intl.sortByName(TOWNS, (t) => t, 'fi-FI')).toEqual(serverOrder);
    const pipe = TestBed.runInInjectionContext(() => new LocalDatePipe());
    expect(pipe.transform('2026-03-05T12:00:00Z', 'fr-FR')).toBe(serverDate);
    expect(collators).not.toHaveBeenCalled();
    expect(dates).not.toHaveBeenCalled();
  });

  it('computes in the browser what the page did not bring', () => {
    const intl = hydrateWith(renderOnServer((server) => server.sortByName(TOWNS, (t) => t, 'de')));
    const collators = jest.spyOn(Intl, 'Collator');
    const filtered = TOWNS.filter((t) => t !== 'Bern');
    expect(intl.sortByName(filtered, (t) => t, 'de')).toEqual(['Ämmänsaari', 'Œuvre', 'Zagreb']);
    expect(
      intl.sortByName(
        filtered.map((name) => ({ name })),
        (t) => t.name,
        'sv',
      ),
    ).toEqual([{ name: 'Zagreb' }, { name: 'Ämmänsaari' }, { name: 'Œuvre' }]);
    expect(collators).toHaveBeenCalled();
  });

  it('sends nothing for a page that made no Intl call, and records nothing in the browser', () => {
    expect(renderOnServer(() => undefined)).not.toContain('pt-intl');
    const intl = hydrateWith('{}');
    intl.remember('k', () => 'first');
    expect(intl.remember('k', () => 'second')).toBe('second');
  });
});
