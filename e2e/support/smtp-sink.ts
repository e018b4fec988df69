/**
 * A mail server for the two-instance run (playwright.instances.config.ts): it accepts every
 * message over plain SMTP and appends its recipients and subject as one JSON line to
 * E2E_MAIL_LOG, so a test can count what was sent. Written here because no SMTP server package
 * is among the project's dependencies and a receiver that only counts needs none of their features.
 */
import fs from "node:fs";
import net from "node:net";

const port = Number(process.env.E2E_SMTP_PORT);
const log = process.env.E2E_MAIL_LOG;
if (!port || !log) throw new Error("E2E_SMTP_PORT and E2E_MAIL_LOG are required");
fs.writeFileSync(log, "");

net
  .createServer((socket) => {
    socket.setEncoding("utf8");
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = "";
    let receiving = false;
    let recipients: string[] = [];

    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (receiving) {
          const end = buffer.startsWith(".\r\n") ? 0 : buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          const data = buffer.slice(0, end);
          buffer = buffer.slice(end === 0 ? 3 : end + 5);
          receiving = false;
          fs.appendFileSync(log, `${JSON.stringify({ to: recipients, subject: /^Subject: (.*)$/m.exec(data)?.[1] ?? "" })}\n`);
          recipients = [];
          reply("250 OK");
          continue;
        }
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd === -1) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 localhost");
        else if (verb === "MAIL" || verb === "NOOP") reply("250 OK");
        else if (verb === "RSET") {
          recipients = [];
          reply("250 OK");
        } else if (verb === "RCPT") {
          recipients.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 OK");
        } else if (verb === "DATA") {
          receiving = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
    socket.on("error", () => socket.destroy());
    reply("220 localhost e2e mail sink");
  })
  .listen(port, "127.0.0.1");
