/**
 * The load balancer of the two-instance run (playwright.instances.config.ts): each request goes to
 * the next instance in turn, so one page load, its scripts, its server actions and the next page
 * are served by both. It passes requests and answers through unchanged (Host included), as a
 * balancer in front of the app does. Written here because a round-robin pass-through is a few lines
 * on node:http and no proxy package is among the project's dependencies.
 */
import http from "node:http";

const port = Number(process.env.E2E_BALANCER_PORT);
const instances = (process.env.E2E_INSTANCE_PORTS ?? "").split(",").map(Number).filter(Boolean);
if (!port || instances.length === 0) throw new Error("E2E_BALANCER_PORT and E2E_INSTANCE_PORTS are required");

let turn = 0;
http
  .createServer((request, response) => {
    const instance = instances[turn++ % instances.length];
    const upstream = http.request({ host: "127.0.0.1", port: instance, method: request.method, path: request.url, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  })
  .listen(port, "127.0.0.1");
