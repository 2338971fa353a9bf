"""A webhook receiver on loopback that verifies every delivery with the Standard Webhooks reference
library for Python (PyPI `standardwebhooks`), not with any AgentDraft code.

    receiver.py PORT [SECRETS_JSON]

Prints `listening PORT`, then one JSON line per delivery: its path, headers, body and the indices
of the secrets that verified it. The secrets (a JSON list of `whsec_…`) come as the second argument,
so a server with a backlog finds them in place from the first request; `PUT /_secrets` replaces them.
A delivery to a path under `/flaky` is answered 503 on its first attempt (per `webhook-id`), then
like any other: 204 when a secret verified it, else 401.
"""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

secrets: list = []
seen_flaky: set = set()
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass

    def do_PUT(self):
        global secrets
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        with lock:
            secrets = json.loads(body)
        self.send_response(204)
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        headers = {k.lower(): v for k, v in self.headers.items()}
        verified = []
        errors = []
        with lock:
            current = list(secrets)
        for i, secret in enumerate(current):
            try:
                Webhook(secret).verify(body, headers)
                verified.append(i)
            except WebhookVerificationError as e:
                errors.append(str(e))
        status = 204 if verified else 401
        with lock:
            msg_id = headers.get("webhook-id", "")
            if self.path.startswith("/flaky") and msg_id not in seen_flaky:
                seen_flaky.add(msg_id)
                status = 503
            record = {
                "path": self.path,
                "headers": headers,
                "body": body.decode("utf-8"),
                "verified": verified,
                "errors": errors,
                "status": status,
            }
            sys.stdout.write(json.dumps(record) + "\n")
            sys.stdout.flush()
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()


def main():
    global secrets
    if len(sys.argv) > 2:
        secrets = json.loads(sys.argv[2])
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    sys.stdout.write(f"listening {server.server_address[1]}\n")
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
