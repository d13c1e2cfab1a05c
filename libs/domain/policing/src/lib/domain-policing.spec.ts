import { domainPolicing } from './domain-policing';

describe('domainPolicing', () => {
  it('should work', () => {
    expect(domainPolicing()).toEqual('domain-policing');
  })
})
