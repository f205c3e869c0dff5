import type { ApiResponse } from '../api/envelope';
import type { AnyRouteRequest, LocalRoute } from '../api/routes';
import type { BackendSetting } from './backend-setting';

/** A request the router hands on: every path but the local ones (backend choice, this browser's settings). */
export type ForwardedRequest = Exclude<AnyRouteRequest, { route: LocalRoute }>;
export type ForwardedRoute = ForwardedRequest['route'];

/** Answers the message API: in this browser (local) or through an App Connect server (remote). */
export interface Backend {
  readonly kind: BackendSetting['kind'];
  handle(request: ForwardedRequest): Promise<ApiResponse>;
}
