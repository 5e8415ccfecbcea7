"""A stand-in for envoyproxy/ratelimit (the Redis-backed global rate limit
service), for the tests only: envoyproxy/ratelimit is a Go service our
package registries do not carry.

It serves envoy.service.ratelimit.v3.RateLimitService/ShouldRateLimit over
gRPC on a Redis server and mirrors these upstream behaviours (checked against
envoyproxy/ratelimit's source, src/redis/fixed_cache_impl.go,
src/limiter/{cache_key,base_limiter}.go, src/utils/utilities.go):

- Fixed windows: the counter key is `<domain>_<key>_<value>_..._<window start>`
  where the window start is `now // divider * divider` for the unit's divider
  (SECOND 1, MINUTE 60, HOUR 3600, DAY 86400, MONTH 30 days, YEAR 365 days),
  and the key expires after one divider.
- Calendar months (envoyproxy/ratelimit PR #1206, merged 2026-08-06): with
  the setting `USE_CALENDAR_MONTH_RATE_LIMIT=true` (environment variable, as
  upstream reads its settings; default false), MONTH keys are bucketed by UTC
  calendar month (window start: the month's first second), expire at the end
  of the month, and report the time to the end of the month as
  `duration_until_reset`. Default: the legacy 30-day epoch windows.
- Per-descriptor `hits_addend` (a UInt64Value: 0 means "check without
  counting"); when unset, the request's `hits_addend`, at least 1.
- Limits come only from the descriptor's `limit` override (the stand-in loads
  no configuration file; upstream also needs the domain in its config, see
  --domain). A descriptor without one gets OK and no limit, as upstream does
  for a descriptor no rule matches.
- Counting: INCRBY every descriptor's key by its hits (a pipeline, not a
  transaction), then OVER_LIMIT where the count after exceeds the limit, with
  `limit_remaining` 0; else OK with `limit - count`. Upstream's default mode
  counts a call's hits even when it answers OVER_LIMIT; `--no-increment-over-limit`
  instead checks first and counts nothing when any descriptor would go over
  (what Limitador does, and what a service that "does not count refused calls" means).
- `is_negative_hits` (envoyproxy/ratelimit PR #1140, not in a release as of
  2026-08): subtracts the hits, floored at zero, from an existing key
  (an absent key stays absent), refreshes its expiry, answers OK.
- `duration_until_reset`: seconds to the end of the window.

Not mirrored: the configuration file and its descriptors, shadow mode, the
local over-limit cache, near-limit stats, per-second Redis, memcached,
response headers.

For tests only, `--clock-offset-secs N` (or `CLOCK_OFFSET_SECS`) adds N
seconds (may be negative) to the service's clock, to place it anywhere, e.g.
just before a 365-day YEAR boundary.

Usage: python ratelimit_standin.py --redis-port PORT [--listen 127.0.0.1:0] [--domain llm_router]
       [--clock-offset-secs N]
prints `listening on 127.0.0.1:PORT` when ready.
"""

import argparse
import calendar
import datetime
import os
import sys
import time
from concurrent import futures

import grpc
import redis

UNIT_SECONDS = {1: 1, 2: 60, 3: 3600, 4: 86400, 5: 30 * 86400, 6: 365 * 86400, 7: 7 * 86400}
MONTH = 5
OK, OVER_LIMIT = 1, 2


def month_bounds(now):
    """First second of the UTC calendar month of `now`, and of the next."""
    d = datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
    start = calendar.timegm((d.year, d.month, 1, 0, 0, 0))
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return start, calendar.timegm((y, m, 1, 0, 0, 0))


def env_true(name):
    return os.environ.get(name, "").strip().lower() in ("1", "t", "true")

NEGATIVE_SCRIPT = """
local current = redis.call('GET', KEYS[1])
if current == false then return 0 end
local value = math.max(0, tonumber(current) - tonumber(ARGV[1]))
redis.call('SET', KEYS[1], tostring(value))
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
return value
"""


# --- protobuf wire format, just what the messages need -------------------------

def read_varint(buf, i):
    shift = value = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7


def fields(buf):
    i = 0
    while i < len(buf):
        key, i = read_varint(buf, i)
        num, wt = key >> 3, key & 7
        if wt == 0:
            v, i = read_varint(buf, i)
        elif wt == 2:
            n, i = read_varint(buf, i)
            v, i = buf[i:i + n], i + n
        elif wt == 1:
            v, i = buf[i:i + 8], i + 8
        elif wt == 5:
            v, i = buf[i:i + 4], i + 4
        else:
            raise ValueError(f"wire type {wt}")
        yield num, v


def varint(v):
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def field_varint(num, v):
    return varint(num << 3) + varint(v)


def field_bytes(num, b):
    return varint(num << 3 | 2) + varint(len(b)) + b


def parse_request(buf):
    domain, descriptors, request_hits = "", [], 0
    for num, v in fields(buf):
        if num == 1:
            domain = v.decode()
        elif num == 2:
            d = {"entries": [], "limit": None, "hits": None, "negative": False}
            for dn, dv in fields(v):
                if dn == 1:
                    e = dict(fields(dv))
                    d["entries"].append((e.get(1, b"").decode(), e.get(2, b"").decode()))
                elif dn == 2:
                    o = dict(fields(dv))
                    d["limit"] = (o.get(1, 0), o.get(2, 0))
                elif dn == 3:
                    d["hits"] = dict(fields(dv)).get(1, 0)
                elif dn == 4:
                    d["negative"] = bool(dv)
            descriptors.append(d)
        elif num == 3:
            request_hits = v
    return domain, descriptors, request_hits


def encode_response(overall, statuses):
    out = field_varint(1, overall)
    for code, limit, remaining, reset in statuses:
        st = field_varint(1, code)
        if limit is not None:
            st += field_bytes(2, field_varint(1, limit[0]) + field_varint(2, limit[1]))
        st += field_varint(3, remaining)
        if reset:
            st += field_bytes(4, field_varint(1, reset))
        out += field_bytes(2, st)
    return out


# --- the service ---------------------------------------------------------------

class Service:
    def __init__(self, redis_client, domains, increment_over_limit, calendar_month=False, clock_offset=0):
        self.r = redis_client
        self.domains = domains
        self.increment_over_limit = increment_over_limit
        self.calendar_month = calendar_month
        self.clock_offset = clock_offset
        self.negative = self.r.register_script(NEGATIVE_SCRIPT)

    def window(self, unit, now):
        """(window start, key expiry, seconds until reset) for a unit at `now`:
        upstream expires a key one divider after its last write, and a
        calendar month's at the month's end."""
        if unit == MONTH and self.calendar_month:
            start, end = month_bounds(now)
            return start, end - now, end - now
        divider = UNIT_SECONDS[unit]
        return now // divider * divider, divider, divider - now % divider

    def should_rate_limit(self, request_bytes, context):
        try:
            domain, descriptors, request_hits = parse_request(request_bytes)
        except (ValueError, IndexError, UnicodeDecodeError) as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"bad request: {e}")
        if not domain or not descriptors:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "rate limit domain and descriptors required")
        now = int(time.time()) + self.clock_offset
        plan = []  # (key or None, hits, negative, limit, key expiry, seconds until reset)
        for d in descriptors:
            hits = d["hits"] if d["hits"] is not None else max(1, request_hits)
            limit = d["limit"] if domain in self.domains else None
            if limit is None or limit[1] not in UNIT_SECONDS:
                plan.append((None, hits, d["negative"], None, 0, 0))
                continue
            start, ttl, reset = self.window(limit[1], now)
            key = f"{domain}_" + "".join(f"{k}_{v}_" for k, v in d["entries"]) + str(start)
            plan.append((key, hits, d["negative"], limit, ttl, reset))

        if not self.increment_over_limit:
            keys = [p[0] for p in plan if p[0] and not p[2]]
            current = dict(zip(keys, self.r.mget(keys))) if keys else {}
            over = [p for p in plan if p[0] and not p[2] and int(current[p[0]] or 0) + p[1] > p[3][0]]
            if over:
                statuses = []
                for key, hits, negative, limit, _, reset in plan:
                    if key is None:
                        statuses.append((OK, None, 0, 0))
                        continue
                    count = int(current.get(key) or 0)
                    if not negative and count + hits > limit[0]:
                        statuses.append((OVER_LIMIT, limit, 0, reset))
                    else:
                        statuses.append((OK, limit, max(0, limit[0] - count), reset))
                return encode_response(OVER_LIMIT, statuses)

        pipe = self.r.pipeline(transaction=False)
        for key, hits, negative, limit, ttl, _ in plan:
            if key is None:
                continue
            if negative:
                self.negative(keys=[key], args=[hits, ttl], client=pipe)
            else:
                pipe.incrby(key, hits)
                pipe.expire(key, ttl)
        results = iter(pipe.execute())
        statuses, overall = [], OK
        for key, hits, negative, limit, _, reset in plan:
            if key is None:
                statuses.append((OK, None, 0, 0))
                continue
            after = int(next(results))
            if not negative:
                next(results)  # EXPIRE
            if not negative and after > limit[0]:
                overall = OVER_LIMIT
                statuses.append((OVER_LIMIT, limit, 0, reset))
            else:
                statuses.append((OK, limit, max(0, limit[0] - after), reset))
        return encode_response(overall, statuses)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", default="127.0.0.1:0")
    ap.add_argument("--redis-host", default="127.0.0.1")
    ap.add_argument("--redis-port", type=int, required=True)
    ap.add_argument("--domain", action="append", help="domains with limits (default: llm_router)")
    ap.add_argument("--no-increment-over-limit", action="store_true")
    ap.add_argument("--clock-offset-secs", type=int, default=int(os.environ.get("CLOCK_OFFSET_SECS", "0")),
                    help="added to the service's clock (tests place it anywhere)")
    args = ap.parse_args()
    service = Service(
        redis.Redis(host=args.redis_host, port=args.redis_port),
        set(args.domain or ["llm_router"]),
        not args.no_increment_over_limit,
        calendar_month=env_true("USE_CALENDAR_MONTH_RATE_LIMIT"),
        clock_offset=args.clock_offset_secs,
    )
    handler = grpc.method_handlers_generic_handler(
        "envoy.service.ratelimit.v3.RateLimitService",
        {"ShouldRateLimit": grpc.unary_unary_rpc_method_handler(service.should_rate_limit)},
    )
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port(args.listen)
    if not port:
        sys.exit(f"cannot listen on {args.listen}")
    server.start()
    host = args.listen.rsplit(":", 1)[0]
    print(f"listening on {host}:{port}", flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    main()
