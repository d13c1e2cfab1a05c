import { domainInstitutions } from './domain-institutions';

describe('domainInstitutions', () => {
  it('should work', () => {
    expect(domainInstitutions()).toEqual('domain-institutions');
  })
})
