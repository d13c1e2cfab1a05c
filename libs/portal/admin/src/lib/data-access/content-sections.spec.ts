import { CONTENT_SECTIONS } from './content-sections';

describe('CONTENT_SECTIONS public paths', () => {
  // "View the public page" must open the page the portal serves, where search hits and
  // citations also point: pages created here are "About us" pages.
  it('link pages and programmes where the portal serves them', () => {
    expect(CONTENT_SECTIONS.pages.publicPath('press-kit')).toBe('/about/press-kit');
    expect(CONTENT_SECTIONS.pages.publicPath('policing')).toBe('/policing');
    expect(CONTENT_SECTIONS.programmes.publicPath('x')).toBe('/programmes/x');
    expect(CONTENT_SECTIONS['field-operations'].publicPath('mission-in-kosovo')).toBe(
      '/field-operations/mission-in-kosovo',
    );
  });
});
