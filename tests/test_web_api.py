"""The HTTP API on a store of known content: filters, pages, errors, corrections, tokens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import Doc, Said, small_store

from riftmap.store import Store
from riftmap.web import create_app

DOCS = [
    Doc(
        "a1",
        "2025-01-05",
        (
            Said("ann-lee", "Bob ruins everything", "bob-ray", topic="budget"),
            Said("bob-ray", "Ann is right about this", "ann-lee", 1, "SUPPORT", topic="budget"),
        ),
    ),
    Doc(
        "a2",
        "2025-02-10",
        (
            Said("ann-lee", "Bob has failed us again", "bob-ray", topic="visas"),
            Said("cid-moe", "We must all talk to Ann", "ann-lee", 0, "REQUEST"),
        ),
        outlet="Evening Post",
    ),
    Doc("a3", "2025-03-15", (Said("ann-lee", "Bob lies", "bob-ray", topic="visas"),)),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_store(tmp_path_factory.mktemp("web") / "web.duckdb", DOCS)


@pytest.fixture()
def db(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(template, tmp_path / "web.duckdb"))


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture()
def editor(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, allow_edits=True)) as c:
        yield c


def test_quotes_filter_by_speaker_target_topic_dates_outlet_and_words(client: TestClient) -> None:
    def contents(**params: object) -> list[str]:
        body = client.get("/api/quotes", params=params).json()
        return [q["content_text"] for q in body["items"]]

    assert contents(actor="ann-lee") == [
        "Bob ruins everything",
        "Bob has failed us again",
        "Bob lies",
    ]
    assert contents(actor="Ann", sort="-date") == [
        "Bob lies",
        "Bob has failed us again",
        "Bob ruins everything",
    ]
    assert contents(target="ann-lee") == ["Ann is right about this", "We must all talk to Ann"]
    assert contents(topic="visas") == ["Bob has failed us again", "Bob lies"]
    assert contents(since="2025-02-01", until="2025-02-28") == [
        "Bob has failed us again",
        "We must all talk to Ann",
    ]
    assert contents(outlet="evening post", type="REQUEST") == ["We must all talk to Ann"]
    assert contents(words="bob FAILED") == ["Bob has failed us again"]


def test_quote_rows_carry_spans_cut_from_the_article(client: TestClient) -> None:
    q = client.get("/api/quotes", params={"words": "lies"}).json()["items"][0]
    text = client.get(f"/api/articles/{q['article_id']}").json()["text"]
    for part in ("source", "cue", "content"):
        assert text[q[f"{part}_start"] : q[f"{part}_end"]] == q[f"{part}_text"]
    assert (q["speaker"], q["speaker_name"], q["date"], q["outlet"]) == (
        "ann-lee",
        "Ann Lee",
        "2025-03-15",
        "The Daily",
    )


def test_pages_count_the_whole_result(client: TestClient) -> None:
    first = client.get("/api/quotes", params={"limit": 2}).json()
    second = client.get("/api/quotes", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {q["content_text"] for q in first["items"]} & {
        q["content_text"] for q in second["items"]
    }


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/quotes?limit=0", 422, "limit"),
        ("/api/quotes?limit=501", 422, "limit"),
        ("/api/quotes?since=yesterday", 422, "since"),
        ("/api/quotes?since=2025-03-01&until=2025-01-01", 400, "after"),
        ("/api/quotes?sort=random", 422, "sort"),
        ("/api/relations?polarity=2", 422, "polarity"),
        ("/api/relations?type=ACC%27USE", 422, "type"),
        ("/api/rifts?window=a%20month", 422, "window"),
        ("/api/rifts?window=8000y&step=1", 400, "at most 100 years"),
        ("/api/network?actor=nobody-at-all", 400, "nobody-at-all"),
        ("/api/articles/none", 404, "none"),
        ("/api/actors/nobody", 404, "nobody"),
    ],
)
def test_bad_requests_get_clear_4xx(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert words in response.text


def test_sql_in_a_filter_is_only_a_value(client: TestClient) -> None:
    body = client.get(
        "/api/quotes", params={"actor": "x' OR '1'='1", "words": "'; DROP TABLE quotes; --"}
    ).json()
    assert body["total"] == 0
    assert client.get("/api/stats").json()["quotes"] == 5


def test_relations_and_actor_detail(client: TestClient) -> None:
    rel = client.get("/api/relations", params={"actor": "ann-lee", "target": "bob-ray"}).json()
    assert rel["total"] == 3 and {r["polarity"] for r in rel["items"]} == {-1}
    detail = client.get("/api/actors/ann-lee").json()
    assert detail["name"] == "Ann Lee" and "Ann Lee" in detail["aliases"]
    assert detail["descriptors"] == ["the critic"]
    assert detail["counts"]["quotes"] == 3 and detail["counts"]["relations_received"] == 2
    found = client.get("/api/actors", params={"q": "bob"}).json()
    assert [a["id"] for a in found["items"]] == ["bob-ray"]


def test_network_factions_and_rifts_are_the_network_layers(client: TestClient) -> None:
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("ann-lee", "bob-ray"))
    assert edge["statements"] == 3 and edge["polarity"] == -1
    later = client.get("/api/network", params={"since": "2025-02-01"}).json()
    assert {(e["source"], e["target"]) for e in later["edges"]} == {
        ("ann-lee", "bob-ray"),
        ("cid-moe", "ann-lee"),
    }
    parts = client.get("/api/factions").json()
    ann = next(f for f in parts["factions"] if "ann-lee" in f["members"])
    assert "bob-ray" not in ann["members"]
    layout = client.get("/api/layout").json()["positions"]
    assert set(layout) == {"ann-lee", "bob-ray", "cid-moe"}
    assert layout == client.get("/api/layout").json()["positions"]


def test_the_article_holds_its_spans(client: TestClient) -> None:
    a = client.get("/api/articles/a2").json()
    assert [q["speaker"] for q in a["quotes"]] == ["ann-lee", "cid-moe"]
    assert [m["text"] for m in a["mentions"]][:2] == ["Ann Lee", "Bob Ray"]
    assert a["relations"][1]["type"] == "REQUEST"


def test_a_read_only_server_refuses_edits(client: TestClient) -> None:
    response = client.post(
        "/api/corrections",
        json={"item": "quote", "article_id": "a1", "idx": 0, "field": "wrong", "value": "true"},
    )
    assert response.status_code == 403 and "--allow-edits" in response.text
    assert client.get("/api/config").json() == {"edits": False}


def test_a_speaker_correction_wins_in_quotes_relations_and_network(editor: TestClient) -> None:
    fix = {"item": "quote", "article_id": "a3", "idx": 0, "field": "speaker", "value": "cid-moe"}
    assert editor.post("/api/corrections", json=fix).status_code == 201
    q = editor.get("/api/quotes", params={"words": "lies"}).json()["items"][0]
    assert (q["speaker"], q["corrected"]) == ("cid-moe", True)
    net = editor.get("/api/network").json()
    counts = {(e["source"], e["target"]): e["statements"] for e in net["edges"]}
    assert counts[("ann-lee", "bob-ray")] == 2 and counts[("cid-moe", "bob-ray")] == 1
    seq = editor.get("/api/corrections").json()[0]["seq"]
    assert editor.delete(f"/api/corrections/{seq}").status_code == 200
    assert (
        editor.get("/api/quotes", params={"words": "lies"}).json()["items"][0]["speaker"]
        == "ann-lee"
    )


def test_marking_wrong_and_moving_a_span(editor: TestClient) -> None:
    editor.post(
        "/api/corrections",
        json={"item": "relation", "article_id": "a1", "idx": 1, "field": "wrong", "value": "true"},
    )
    assert editor.get("/api/relations", params={"actor": "bob-ray"}).json()["total"] == 0
    editor.post(
        "/api/corrections",
        json={"item": "quote", "article_id": "a2", "idx": 0, "field": "content", "value": "1:4"},
    )
    quote = editor.get("/api/articles/a2").json()["quotes"][0]
    assert (quote["content_start"], quote["content_end"], quote["content_text"]) == (1, 4, '"Bo')
    bad = editor.post(
        "/api/corrections",
        json={
            "item": "quote",
            "article_id": "a2",
            "idx": 0,
            "field": "speaker",
            "value": "no-such-actor",
        },
    )
    assert bad.status_code == 400 and "no-such-actor" in bad.text


def test_corrections_survive_a_rebuilt_store(db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(db, allow_edits=True)) as c:
        c.post(
            "/api/corrections",
            json={
                "item": "quote",
                "article_id": "a3",
                "idx": 0,
                "field": "speaker",
                "value": "cid-moe",
            },
        )
    with Store.open(db) as store:  # the machine's rows go and come back, in another order
        for table in ("quotes", "relations"):
            store.con.execute(f"CREATE TEMP TABLE saved AS SELECT * FROM {table}")
            store.con.execute(f"DELETE FROM {table}")
            store.con.execute(
                f"INSERT INTO {table} SELECT * FROM saved ORDER BY article_id DESC, idx DESC"
            )
            store.con.execute("DROP TABLE saved")
    with TestClient(create_app(db)) as c:
        assert (
            c.get("/api/quotes", params={"words": "lies"}).json()["items"][0]["speaker"]
            == "cid-moe"
        )


def test_merge_and_split_actors(editor: TestClient) -> None:
    assert editor.post("/api/actors/merge", json={"ids": ["ann-lee", "cid-moe"]}).status_code == 200
    nodes = {n["id"] for n in editor.get("/api/network").json()["nodes"]}
    assert nodes == {"ann-lee", "bob-ray"}
    editor.post("/api/actors/split", json={"id": "cid-moe"})
    assert "cid-moe" in {n["id"] for n in editor.get("/api/network").json()["nodes"]}


def test_with_a_token_every_request_needs_it(db: Path) -> None:
    with TestClient(create_app(db, token="s3cret")) as c:
        assert c.get("/api/stats").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/static/app.js").status_code == 401
        assert c.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/stats", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        page = c.get("/?token=s3cret")  # a shared link: sets the cookie for the page's requests
        assert page.status_code == 200 and "riftmap_token" in page.headers["set-cookie"]
        assert c.get("/api/stats").status_code == 200
