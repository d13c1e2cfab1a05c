import { PUBLIC_ROUTES } from '@portal/domain/content';
import { CONTENT_ROUTES } from './content.routes';

describe('CONTENT_ROUTES', () => {
  // Search hits, citations and the admin's "view" links are built from PUBLIC_ROUTES; a
  // route missing here would make them lead to the 404 page.
  it('serves every public route of the route table', () => {
    const paths = CONTENT_ROUTES.map((route) => route.path);
    const expected = Object.values(PUBLIC_ROUTES).filter(
      // The search page is a feature of its own, added by the app's routes.
      (path) => path !== PUBLIC_ROUTES.search,
    );
    expect(paths).toEqual(expect.arrayContaining(expected));
  });
});
