/** The Pipedrive paths the fake speaks, by method and path; anything else is Pipedrive's 404. */
import * as activities from './activities-routes';
import type { FakeCompany } from './company';
import * as persons from './persons-routes';
import { fail, type FakeResponse } from './responses';

type Body = Record<string, unknown>;
type Route = [method: string, path: RegExp, handle: (company: FakeCompany, query: Record<string, string>, body: Body, id: number) => FakeResponse];

const routes: Route[] = [
  ['GET', /^\/(?:api\/)?v1\/users\/me$/, (c) => persons.me(c)],
  ['GET', /^\/api\/v2\/persons\/search$/, (c, q) => persons.searchPersons(c, q)],
  ['GET', /^\/api\/v2\/persons$/, (c, q) => persons.listPersons(c, q)],
  ['POST', /^\/api\/v2\/persons$/, (c, _q, b) => persons.createPerson(c, b)],
  ['GET', /^\/api\/v2\/persons\/(\d+)$/, (c, _q, _b, id) => persons.getPerson(c, id)],
  ['GET', /^\/api\/v2\/deals$/, (c, q) => persons.listDeals(c, q)],
  ['GET', /^\/(?:api\/)?v1\/leads$/, (c, q) => persons.listLeads(c, q)],
  ['GET', /^\/(?:api\/)?v1\/activityTypes$/, (c) => activities.listActivityTypes(c)],
  ['GET', /^\/api\/v2\/activities$/, (c, q) => activities.listActivities(c, q)],
  ['POST', /^\/api\/v2\/activities$/, (c, _q, b) => activities.createActivity(c, b)],
  ['GET', /^\/api\/v2\/activities\/(\d+)$/, (c, _q, _b, id) => activities.getActivity(c, id)],
  ['PATCH', /^\/api\/v2\/activities\/(\d+)$/, (c, _q, b, id) => activities.patchActivity(c, id, b)],
];

export function isSearch(path: string): boolean {
  return path.endsWith('/search');
}

export function routeApi(company: FakeCompany, method: string, path: string, query: Record<string, string>, body: Body): FakeResponse {
  for (const [routeMethod, pattern, handle] of routes) {
    const match = pattern.exec(path);
    if (match && routeMethod === method) return handle(company, query, body, Number(match[1]));
  }
  if (routes.some(([, pattern]) => pattern.test(path))) return fail(405, `Method ${method} not allowed`);
  return fail(404, `Unknown method ${path}`);
}
