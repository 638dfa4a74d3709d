"""schemathesis over the app's OpenAPI schema: no generated request gets a 5xx.

The app runs with edits allowed, so the correction and merge routes are exercised too; the
examples are bounded per operation to keep the run short.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from web_support import Doc, Said, small_store

from riftmap.web import create_app

DOCS = [
    Doc("s1", "2025-01-05", (Said("ann-lee", "Bob is wrong", "bob-ray", topic="budget"),)),
    Doc("s2", None, (Said("bob-ray", "Ann is right", "ann-lee", 1, "SUPPORT"),)),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    db = small_store(tmp_path_factory.mktemp("schema") / "s.duckdb", DOCS)
    app = create_app(db, allow_edits=True)
    yield app
    app.state.db.close()


@pytest.mark.slow
def test_no_request_gets_a_server_error(app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        call()


def test_the_schema_lists_every_route(app: FastAPI) -> None:
    paths = set(app.openapi()["paths"])
    for route in (
        "/api/quotes",
        "/api/relations",
        "/api/actors/{actor_id}",
        "/api/network",
        "/api/factions",
        "/api/rifts",
        "/api/articles/{article_id}",
        "/api/stats",
        "/api/corrections",
        "/api/actors/merge",
    ):
        assert route in paths
