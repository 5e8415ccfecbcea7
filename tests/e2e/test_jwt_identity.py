"""Identity from Envoy's jwt_authn (envoy/jwt-identity.yaml): the router reads
the caller from the verified JWT payload in dynamic metadata."""

import base64
import hashlib
import hmac
import json
import time
import urllib.request

import pytest

from harness import ROOT, Envoy
from test_chat import hello, post

SECRET = b"demo-jwt-secret-change-me-32bytes!"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(claims: dict, secret: bytes = SECRET) -> str:
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "demo"}).encode())
    body = {"iss": "https://issuer.example", "aud": "llm-gateway", "exp": int(time.time()) + 600, **claims}
    payload = b64(json.dumps(body).encode())
    sig = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(sig)}"


@pytest.fixture(scope="module")
def jwt_envoy(sims):
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=ROOT / "envoy/jwt-identity.yaml")
    yield e
    e.stop()


def test_caller_comes_from_the_verified_token(jwt_envoy):
    auth = {"authorization": f"Bearer {token({'sub': 'dana', 'team': 'ml'})}"}
    s, h, body = post(jwt_envoy, hello("fast"), headers=auth)
    assert s == 200, body
    assert h["x-sim-received-auth"] == "x-api-key", "the JWT is not forwarded to the provider"
    req = urllib.request.Request(jwt_envoy.base_url + "/v1/budgets", headers=auth)
    with urllib.request.urlopen(req, timeout=10) as r:
        ids = {b["name"]: b["id"] for b in json.load(r)["data"]}
    assert ids["user-daily"] == "dana" and ids["team-monthly"] == "ml"


def test_spoofed_headers_do_not_make_an_identity(jwt_envoy):
    s, _, _ = post(jwt_envoy, hello("fast"), headers={"x-jwt-sub": "mallory"})
    assert s == 401, "no token: jwt_authn refuses"
    forged = {"authorization": f"Bearer {token({'sub': 'mallory'}, secret=b'wrong-secret-wrong-secret-wrong!!')}"}
    s, _, _ = post(jwt_envoy, hello("fast"), headers=forged)
    assert s == 401
