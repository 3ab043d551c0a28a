#!/usr/bin/env python3
"""Sends malformed requests of every kind to a running Verbatim and counts what comes back.

Every request is written byte for byte on its own connection (no HTTP library would send most
of them). Deterministic: the same --seed sends the same requests in the same order of kinds.
Prints a Markdown report and exits 1 when any answer is a 5xx other than a properly typed
501/505, or any 4xx is not a problem document.

    bench/malformed.py --port 8102 --token vbt_... --requests 10000 --seed 42
"""
import argparse
import collections
import concurrent.futures
import json
import random
import re
import socket
import sys
import time

SEED_ARTICLE = "vestnik-kavkaza-nazarbayev-baku"
READS = ["/api/v1/articles", "/api/v1/quotes", "/api/v1/people", "/api/v1/events", "/api/v1/resolutions",
         "/api/v1/places", "/api/v1/organizations", "/api/v1/topics", "/api/v1/people/ilham-aliyev/quotes",
         "/api/v1/articles/" + SEED_ARTICLE, "/api/v1/quotes/1", "/api/v1/events/1", "/actuator/health/readiness",
         "/v3/api-docs", "/"]
PARAMS = ["q", "sort", "from", "to", "page", "size", "speaker", "kind", "updatedSince", "name", "status", "topic"]
TYPED_5XX = {501: "urn:verbatim:problem:not-implemented", 505: "urn:verbatim:problem:http-version-not-supported"}


def get(target, *headers):
    head = "".join(f"{h}\r\n" for h in headers)
    return f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{head}\r\n".encode("latin-1")


def send(method, target, content_type, body, token, *headers):
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    head = "".join(f"{h}\r\n" for h in headers)
    return (f"{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n{head}\r\n").encode("latin-1") + body


# Each kind: a function (random, token) -> raw request bytes.
def bad_percent(r, t):
    return get(f"{r.choice(READS)}?{r.choice(PARAMS)}={r.choice(['%zz', '%u0041', '%', '%4', '%G0', 'a%2', '%%'])}")


def bad_utf8(r, t):
    value = r.choice(["%FF", "%ED%A0%80", "%ED%B0%80", "%C0%AF", "%C0%80", "%C3%28", "%E2%82", "%F4%90%80%80",
                      "%F8%88%80%80%80", "%80", "%FE%FF"])
    return get(f"{r.choice(READS)}?{r.choice(PARAMS)}=a{value}b")


def bad_name(r, t):
    return get(f"{r.choice(READS)}?{r.choice(['%zz=1', '%FF=1', '=x', '=', '%00=1', 'a%00b=1', '%ED%A0%80=1', '%C0%AF=2'])}")


def nul_value(r, t):
    return get(f"{r.choice(READS)}?{r.choice(PARAMS)}={r.choice(['%00', 'a%00b', '%00%00'])}")


def date_out_of_range(r, t):
    name, value = r.choice([("updatedSince", "%2B999999999-12-31T23:59:59Z"), ("updatedSince", "-999999999-01-01T00:00:00Z"),
                            ("updatedSince", "10000-01-01T00:00:00Z"), ("updatedSince", "0000-01-01T00:00:00Z"),
                            ("updatedSince", "%2B10000-01-01T00:00:00Z"), ("updatedSince", "9999-12-31T23:59:59-18:00"),
                            ("from", "%2B10000-01-01"), ("from", "-5000-01-01"), ("to", "0000-01-01"), ("from", "99999-01-01")])
    path = r.choice(["/api/v1/quotes", "/api/v1/events"]) if name != "updatedSince" else r.choice(READS[:8])
    return get(f"{path}?{name}={value}")


def int_overflow(r, t):
    return get(r.choice(["/api/v1/quotes?page=2147483647", "/api/v1/events?page=2147483647&size=2147483647",
                         "/api/v1/people?page=2147483646&size=100", "/api/v1/quotes?size=-2147483649",
                         "/api/v1/quotes?page=9223372036854775808", "/api/v1/quotes/9223372036854775808",
                         "/api/v1/events/-9223372036854775809", "/api/v1/resolutions/99999999999999999999",
                         "/api/v1/topics?page=1e10", "/api/v1/quotes?page=0x7fffffff"]))


def bad_accept(r, t):
    return get(r.choice(READS[:12]), "Accept: " + r.choice([";;;", "a/b/c", "application/xml", "application/json;q=abc",
                                                             "text/csv;;", "image/png", "*/*;q=x"]))


def bad_path(r, t):
    return get(r.choice(["/api/v1/articles/a%2Fb", "/api/v1/quotes/%00", "/api/v1/people/%FF", "//api/v1/quotes",
                         "/api/v1/quotes;x=1", "/api/v1/%2e%2e/quotes", "/api/v1/quotes/%25", "/api/v1/people/%ED%A0%80",
                         "/api/v1/people/%zz", "/api/v1/articles/" + "x" * 9000, "/api/v1\\quotes"]))


def protocol(r, t):
    return r.choice([
        b"FOO /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"PROPFIND /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.2\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.1\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-A: " + b"a" * 20000 + b"\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX A: b\r\n\r\n",
        b"GET /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-A: a\x00b\r\n\r\n",
        b"GET /api/v1/qu otes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes?q=\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET http://evil/api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/quotes#x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: abc\r\n\r\n",
        b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ])


WRITES = [("POST", "/api/v1/articles", "application/json", '{"headline":"Bench","body":"Bench body.","@":"@@"}'),
          ("POST", "/api/v1/people", "application/json", '{"id":"bench","name":"Bench","aliases":[],"@":"@@"}'),
          ("POST", "/api/v1/topics", "application/json", '{"id":"bench","name":"Bench","@":"@@"}'),
          ("POST", f"/api/v1/articles/{SEED_ARTICLE}/events", "application/json",
           '{"kind":"talks","title":"Bench","status":"past","@":"@@"}'),
          ("PATCH", "/api/v1/people/ilham-aliyev", "application/merge-patch+json", '{"role":"Bench","@":"@@"}'),
          ("PATCH", "/api/v1/quotes/1", "application/merge-patch+json", '{"cue":{"text":"said"},"@":"@@"}'),
          ("PATCH", f"/api/v1/articles/{SEED_ARTICLE}", "application/merge-patch+json", '{"headline":"Bench","@":"@@"}')]


def hostile_body(r, t):
    method, path, content_type, base = r.choice(WRITES)
    choice = r.randrange(9)
    if choice == 0:
        body = base.replace('"@@"', '"a\\ud800b"').replace('"@"', '"name"' if "people" in path else '"title"')
    elif choice == 1:
        body = base.replace('"@":"@@"', '"headline":"a\\u0000b"')
    elif choice == 2:
        body = base.encode().replace(b'"@@"', b'"x' + r.choice([b"\xc0\xaf", b"\xed\xa0\x80", b"\xff", b"\xc3\x28", b"\xe2\x82"]) + b'"')
    elif choice == 3:
        body = base[:r.randrange(1, len(base) - 1)]
    elif choice == 4:
        depth = r.randrange(600, 5000)
        body = base.replace('"@@"', "[" * depth + "]" * depth)
    elif choice == 5:
        body = '{"start":' + r.choice(["1e400", "99999999999999999999", "-2147483649"]) + ',"end":1,"text":"N"}'
    elif choice == 6:
        body = base.replace('"@":"@@"', '"unknownKey":null')
    elif choice == 7:
        body = base.replace('"@@"', '{"fuzz":[]}')
    else:
        body = bytes(r.randrange(256) for _ in range(r.randrange(1, 48)))
    return send(method, path, content_type, body, t, "If-Match: *")


def bulk_import(r, t):
    line = r.choice([b'{"headline":"Bulk","body":"a\\ud800"}', b'{"headline":"Bulk","body":"a\xc0\xaf"}',
                     b'{"headline":"Bulk","body":"a\x00"}', b'{"headline":"Bulk"', b'[1,2', b'{"headline":"Bulk","body":"a","x":null}'])
    return send("POST", "/api/v1/articles/import", "application/x-ndjson", line + b"\n", t)


def noop_patch(r, t):
    # Not malformed: patches that change nothing. They must answer 200 and leave the data byte-identical.
    path, body = r.choice([("/api/v1/people/ilham-aliyev", '{}'), ("/api/v1/people/ilham-aliyev", '{"name":"Ilham Aliyev"}'),
                           ("/api/v1/places/baku", '{"name":"Baku"}'), (f"/api/v1/articles/{SEED_ARTICLE}", '{}'),
                           ("/api/v1/quotes/2", '{"kind":"direct"}'), ("/api/v1/events/1", '{}')])
    return send("PATCH", path, "application/merge-patch+json", body, t, "If-Match: *")


KINDS = {"invalid percent-encoding": bad_percent, "invalid UTF-8 in a value": bad_utf8,
         "empty, NUL or undecodable name": bad_name, "NUL in a value": nul_value, "date out of range": date_out_of_range,
         "integer past its type": int_overflow, "Accept it cannot serve or parse": bad_accept, "hostile path": bad_path,
         "request line, version, headers": protocol, "hostile body (editor token)": hostile_body,
         "bulk import line": bulk_import, "patch that changes nothing": noop_patch}


def exchange(port, raw):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        try:
            s.sendall(raw)
        except OSError:
            pass  # the server may close before reading a huge request; its answer is still there
        data = bytearray()
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    return bytes(data)


def dechunk(body):
    out, rest = bytearray(), body
    while rest:
        size, _, rest = rest.partition(b"\r\n")
        n = int(size.split(b";")[0] or b"0", 16)
        if n == 0:
            break
        out += rest[:n]
        rest = rest[n + 2:]
    return bytes(out)


def classify(data):
    """(status, verdict): verdict is 'ok', or what is wrong with the answer."""
    if not data:
        return "none", "no answer"
    if not data.startswith(b"HTTP/"):
        status = "no status line"
        body, headers = data, {}
    else:
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = dechunk(body)
    code = status if isinstance(status, int) else None
    if code is not None and code < 400:
        return status, "ok"
    if code is not None and not headers.get("content-type", "").startswith("application/problem+json"):
        return status, "not a problem document"
    try:
        problem = json.loads(body)
    except ValueError:
        return status, "not a problem document"
    if not isinstance(problem, dict) or not str(problem.get("type", "")).startswith("urn:verbatim:problem:"):
        return status, "not a problem document"
    if code is not None and problem.get("status") != code:
        return status, "problem status differs"
    if code is not None and code >= 500:
        if TYPED_5XX.get(code) != problem["type"]:
            return status, "5xx"
    if code is None:
        return f"no status line ({problem.get('status')})", "ok"
    return status, "ok"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    names = list(KINDS)
    plan = [(names[i % len(names)], KINDS[names[i % len(names)]](rng, args.token)) for i in range(args.requests)]
    by_kind = collections.defaultdict(collections.Counter)
    verdicts = collections.Counter()
    bad_examples = []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
        for (kind, raw), data in zip(plan, pool.map(lambda p: exchange(args.port, p[1]), plan)):
            status, verdict = classify(data)
            by_kind[kind][status] += 1
            verdicts[verdict] += 1
            if kind == "bulk import line" and status == 200:
                # The stream answers 200 and a line per document; each must be refused.
                body = dechunk(data.partition(b"\r\n\r\n")[2]) if b"chunked" in data[:1000].lower() else data.partition(b"\r\n\r\n")[2]
                for line in body.splitlines():
                    if line.strip() and not re.search(rb'"status":4\d\d', line):
                        verdicts["bulk line accepted"] += 1
                        bad_examples.append((kind, raw[:120], line[:200]))
            if verdict != "ok" and len(bad_examples) < 12:
                bad_examples.append((kind, raw[:120], data[:200]))
    elapsed = time.monotonic() - started

    statuses = collections.Counter()
    for counts in by_kind.values():
        statuses.update(counts)
    five = sum(n for s, n in statuses.items() if isinstance(s, int) and s >= 500)
    untyped_five = verdicts["5xx"]
    print(f"## Malformed requests: {args.requests} requests, seed {args.seed}, {args.threads} connections at a time, "
          f"{elapsed:.1f} s\n")
    print("| kind | requests | statuses |")
    print("|---|---:|---|")
    for kind in names:
        counts = by_kind[kind]
        cells = ", ".join(f"{s}: {n}" for s, n in sorted(counts.items(), key=lambda x: str(x[0])))
        print(f"| {kind} | {sum(counts.values())} | {cells} |")
    print()
    print("| total | |")
    print("|---|---:|")
    for s, n in sorted(statuses.items(), key=lambda x: str(x[0])):
        print(f"| {s} | {n} |")
    print(f"| **5xx** | **{five}** |")
    print(f"| 5xx other than a typed 501/505 | {untyped_five} |")
    print(f"| 4xx (or answer) that is not a problem document | {verdicts['not a problem document'] + verdicts['problem status differs']} |")
    print(f"| bulk-import lines accepted | {verdicts['bulk line accepted']} |")
    print(f"| no answer at all | {verdicts['no answer']} |")
    if bad_examples:
        print("\nFirst answers at fault:\n")
        for kind, raw, data in bad_examples[:12]:
            print(f"- {kind}: `{raw!r}` → `{data!r}`")
    failed = untyped_five or verdicts["not a problem document"] or verdicts["problem status differs"] or verdicts["bulk line accepted"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
