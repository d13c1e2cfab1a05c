// Helpers shared by the public response cache specs.
import type { RunningApi } from '@portal/api/e2e-support';

/** Helmet's headers, which an answer from memory or a refusal must carry as any other does. */
export const SECURITY_HEADERS = [
  'x-content-type-options',
  'x-frame-options',
  'strict-transport-security',
  'referrer-policy',
  'cross-origin-opener-policy',
];

export interface PageAdmin {
  create(slug: string, title: string): Promise<string>;
  save(id: string, version: number, title: string): Promise<void>;
  publish(id: string, version: number, publishAt?: string): Promise<void>;
  unpublish(id: string, version: number): Promise<void>;
}

export function pageAdmin(api: () => RunningApi, auth: () => string): PageAdmin {
  const http = () => api().http();
  return {
    create: async (slug, title) => {
      const res = await http()
        .post('/api/admin/pages')
        .set('Authorization', auth())
        .send({ slug, translations: { en: { title, body: `${title} body` } } })
        .expect(201);
      return res.body.id as string;
    },
    save: async (id, version, title) => {
      await http()
        .patch(`/api/admin/pages/${id}`)
        .set('Authorization', auth())
        .send({ version, translations: { en: { title, body: `${title} body` } } })
        .expect(200);
    },
    publish: async (id, version, publishAt) => {
      await http()
        .post(`/api/admin/pages/${id}/publish`)
        .set('Authorization', auth())
        .send(publishAt ? { version, publishAt } : { version })
        .expect(200);
    },
    unpublish: async (id, version) => {
      await http()
        .post(`/api/admin/pages/${id}/unpublish`)
        .set('Authorization', auth())
        .send({ version })
        .expect(200);
    },
  };
}
