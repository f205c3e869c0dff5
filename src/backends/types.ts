import type { ApiResponse } from '../protocol/envelope';
import type { AnyRouteRequest, LocalRoute } from '../protocol/routes';
import type { BackendSetting } from '../protocol/schemas/backend-setting';

/** A request the router hands on: every path but the local ones (backend choice, this browser's settings). */
export type ForwardedRequest = Exclude<AnyRouteRequest, { route: LocalRoute }>;
export type ForwardedRoute = ForwardedRequest['route'];

/** Answers the message API: in this browser (local) or through an App Connect server (remote). */
export interface Backend {
  readonly kind: BackendSetting['kind'];
  handle(request: ForwardedRequest): Promise<ApiResponse>;
}
