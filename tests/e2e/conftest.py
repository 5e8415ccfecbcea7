import pytest

from harness import Envoy, Simulator

KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}


@pytest.fixture(scope="module")
def sims():
    """The demo's two providers, each requiring the key the demo config gives it."""
    started = {name: Simulator(name, "--require-key", key) for name, key in KEYS.items()}
    yield started
    for s in started.values():
        s.stop()


@pytest.fixture(scope="module")
def envoy(sims):
    e = Envoy({name: s.port for name, s in sims.items()})
    yield e
    e.stop()
