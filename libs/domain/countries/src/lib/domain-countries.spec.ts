import { domainCountries } from './domain-countries';

describe('domainCountries', () => {
  it('should work', () => {
    expect(domainCountries()).toEqual('domain-countries');
  })
})
