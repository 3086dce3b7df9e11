"""The page as the app serves it, without a browser: HTML, tile settings, security headers, static files."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasd.web import create_app
from rasd.web.page import DEFAULT_TILE_URL, content_security_policy, tile_url


@pytest.fixture
def served(tmp_path, monkeypatch):
    monkeypatch.delenv("RASD_TILE_URL", raising=False)
    app = create_app(str(tmp_path / "rasd.db"))
    with TestClient(app) as client:
        yield app, client


def test_index_is_arabic_right_to_left_with_the_default_tiles(served):
    _, client = served
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in response.text
    assert f'content="{DEFAULT_TILE_URL}"' in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data: https://tile.openstreetmap.org" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_tile_url_is_a_setting_and_is_escaped(served, monkeypatch):
    app, client = served
    monkeypatch.setenv("RASD_TILE_URL", "http://tiles.example.org/{z}/{x}/{y}.png")
    assert tile_url(app) == "http://tiles.example.org/{z}/{x}/{y}.png"
    app.state.tile_url = 'https://{s}.tiles.test/{z}/{x}/{y}.png?k="><script>'
    page = client.get("/")
    assert 'content="https://{s}.tiles.test/{z}/{x}/{y}.png?k=&quot;&gt;&lt;script&gt;"' in page.text
    assert "img-src 'self' data: https://*.tiles.test;" in page.headers["content-security-policy"]


def test_a_tile_url_that_is_not_http_adds_no_image_source():
    assert "img-src 'self' data:;" in content_security_policy("javascript:alert(1)")


def test_static_files_are_served_with_their_types(served):
    _, client = served
    script = client.get("/static/js/app.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert client.get("/static/rasd.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/../page.py").status_code == 404
    assert "/" not in client.get("/openapi.json").json()["paths"]  # the page is not part of the API
