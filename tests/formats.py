"""Writers of test inputs in every format riftmap reads (shared by the ingest tests)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, body: str, *, site: str = "Herald", author: str = "Ana Ruiz") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{site}">'
        f'<meta name="author" content="{author}">'
        f'<meta property="article:published_time" content="2025-01-23">'
        f"</head><body><nav>Home | World</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str]], *, gzip: bool = True) -> Path:
    """A web archive with one HTML response per (url, html), a request and an image."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, html in pages:
            data = html.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                length=4,
                http_headers=image,
            )
        )
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def rss(items: list[tuple[str, str]], *, title: str = "Herald politics") -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link>"
        f"<guid>https://example.org/{i}</guid><pubDate>Thu, 23 Jan 2025 10:00:00 GMT</pubDate>"
        f"<author>desk@example.org (Ana Ruiz)</author>"
        f"<description><![CDATA[{body}]]></description></item>"
        for i, (t, body) in enumerate(items)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://example.org</link>{entries}</channel></rss>"
    )


def atom(entries: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<entry><title>{t}</title><id>urn:x:{i}</id><updated>2025-02-01T00:00:00Z</updated>"
        f'<content type="html"><![CDATA[{html}]]></content></entry>'
        for i, (t, html) in enumerate(entries)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Wire</title><id>urn:wire</id><updated>2025-02-01T00:00:00Z</updated>{body}</feed>"
    )


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path
