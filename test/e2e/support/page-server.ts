import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A news site on 127.0.0.1 with an ephemeral port, for /load to fetch from; it records what it was asked for. */
export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** The path of every request received, in order. */
  requested: string[];
  close(): Promise<void>;
}

/** Serves `routes` by exact path; anything else is a 404. */
export async function servePages(routes: Record<string, Route>): Promise<PageServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requested.push(path);
    const route = routes[path];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering 200 with `body` and a Content-Type (none when `contentType` is undefined). */
export function page(body: string | Uint8Array, contentType: string | undefined): Route {
  return (_request, response) => {
    response.writeHead(200, contentType === undefined ? {} : { 'content-type': contentType }).end(body);
  };
}

/** A route redirecting (302) to `location`. */
export function redirect(location: string): Route {
  return (_request, response) => {
    response.writeHead(302, { location }).end();
  };
}

/** `route`, answered only once `until` settles: keeps a fetch in flight while something else happens. */
export function held(until: Promise<unknown>, route: Route): Route {
  return (request, response) => {
    void until.then(() => route(request, response));
  };
}

/** A promise that settles once `arrive` has been called `count` times: requests that wait for each other. */
export function barrier(count: number): { arrive(): void; all: Promise<void> } {
  let arrived = 0;
  let release: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (release = resolve));
  return {
    arrive() {
      arrived += 1;
      if (arrived === count) release();
    },
    all,
  };
}

/** `route` held until `gate` has been reached by as many requests as it counts, this one included. */
export function meeting(gate: ReturnType<typeof barrier>, route: Route): Route {
  const waiting = held(gate.all, route);
  return (request, response) => {
    gate.arrive();
    waiting(request, response);
  };
}
