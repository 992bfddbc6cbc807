import http from "node:http";
import { randomInt } from "node:crypto";
import { actionForm } from "./app-surface";
import { actionByKey } from "./principals";

// Requests from a loopback address of a test's own (127.x.y.z): the server
// counts its rate limits by the socket's address, so a test that runs into a
// limit on purpose does not use up the rest of the suite's (127.0.0.1).

const port = () => Number(process.env.E2E_PORT);
export const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

export type Answer = { status: number; redirect: string; body: string };

/** Posts a server action as the browser's script does, from `localAddress`, with any headers the client cares to make up. */
export async function postActionFrom(localAddress: string, path: string, actionKey: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  const request = new Request("http://serialize.invalid/", { method: "POST", body: actionForm(fields) });
  const body = Buffer.from(await request.arrayBuffer());
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: port(),
        path,
        method: "POST",
        localAddress,
        headers: {
          host: `localhost:${port()}`,
          "content-type": request.headers.get("content-type")!,
          "content-length": body.length,
          "next-action": actionByKey(actionKey).id,
          accept: "text/x-component",
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, redirect: String(res.headers["x-action-redirect"] ?? res.headers.location ?? ""), body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

