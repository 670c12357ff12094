#!/usr/bin/env python3
"""A callback receiver that verifies X-KYC-Signature before it trusts an event (docs/callbacks.md).

Standard library only. Run it beside bin/devstack:

    . .devstack/api-keys.env
    python3 docs/examples/callback_receiver.py --port 9999

then start a journey with "callbackUrl": "http://127.0.0.1:9999/kyc/events". Each verified event is printed
as one JSON line; a request whose signature does not verify gets 400 and is not printed.
"""
import argparse
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

# Refuse a signature older (or newer) than this: a captured request cannot be replayed later.
TOLERANCE_SECONDS = 300


def verify(secret: str, header: str, body: bytes, now: float) -> bool:
    """True when the header is t=<unix>,v1=<hex HMAC-SHA256 of "t.body"> under the secret, and t is recent."""
    fields = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields.setdefault(key, []).append(value)
    try:
        timestamp = int(fields["t"][0])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = str(timestamp).encode() + b"." + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    # any v1 may match: the engine may one day sign with two secrets while one is being replaced
    return any(hmac.compare_digest(expected, candidate) for candidate in fields.get("v1", []))


def handler_for(secret: str, once: bool):
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if not verify(secret, self.headers.get("X-KYC-Signature", ""), body, time.time()):
                self.send_response(400)
                self.end_headers()
                return
            event = json.loads(body)
            # hand the event to a queue and answer at once: the engine waits at most 5 s
            print(json.dumps({"verified": True, "event": event}), flush=True)
            self.send_response(204)
            self.end_headers()
            if once:
                self.server.shutdown_requested = True

        def log_message(self, *args):
            pass  # one line per verified event is all this prints

    return Receiver


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--secret", default=os.environ.get("KYC_CALLBACK_SECRET"),
                        help="the key's callback secret (default: $KYC_CALLBACK_SECRET)")
    parser.add_argument("--once", action="store_true", help="exit after the first verified event")
    args = parser.parse_args()
    if not args.secret:
        parser.error("no secret: pass --secret or set KYC_CALLBACK_SECRET (. .devstack/api-keys.env)")
    server = HTTPServer(("127.0.0.1", args.port), handler_for(args.secret, args.once))
    server.shutdown_requested = False
    print(f"listening on http://127.0.0.1:{server.server_address[1]}/", file=sys.stderr, flush=True)
    while not server.shutdown_requested:
        server.handle_request()
    return 0


if __name__ == "__main__":
    sys.exit(main())
