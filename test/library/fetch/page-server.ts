import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A test server on 127.0.0.1 with an ephemeral port; it records what it was asked for. */
export interface PageServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Path and Host header of every request received, in order. */
  requests: { path: string; host: string | undefined }[];
  close(): Promise<void>;
}

/** Serves `routes` by exact path (query included); anything else is a 404. */
export async function startPageServer(routes: Record<string, Route>): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, host: request.headers.host });
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Routes that hang on purpose keep their sockets open; close them rather than wait.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering `status` (200 unless given) with `body` and the given headers. */
export function page(body: string | Uint8Array, headers: Record<string, string | number> = {}, status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}

/**
 * A route redirecting to `location`, sent as given (relative locations included); a function
 * computes it from the request, for targets that name the server's own port.
 */
export function redirect(location: string | ((request: IncomingMessage) => string), status = 302): Route {
  return (request, response) => {
    response.writeHead(status, { location: typeof location === 'string' ? location : location(request) }).end();
  };
}
