"""Ingest: any file in, a decoded RawDocument or a quarantine record with a reason out."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from refuge.ingest import iter_files, read_document
from refuge.records import Quarantine, RawDocument

KOREAN = "중국 당국이 지난 9일 탈북민 수백 명을 북송했다고 한 단체가 밝혔다.\n" * 3
JAPANESE = "支援団体によると、脱北者およそ百人が送還されたという。\n" * 3
SIMPLIFIED = "据报道，约两百名脱北者被遣返回朝鲜。\n" * 3
TRADITIONAL = "據報導，約兩百名脫北者被遣返回朝鮮。\n" * 3


@pytest.mark.parametrize(
    ("text", "encoding", "html"),
    [
        (KOREAN, "cp949", False),
        (KOREAN, "euc-kr", True),
        (JAPANESE, "shift_jis", False),
        (JAPANESE, "shift_jis", True),
        (SIMPLIFIED, "gbk", False),
        (SIMPLIFIED, "gb2312", True),
        (TRADITIONAL, "big5", False),
        (KOREAN + JAPANESE, "utf-8", False),
    ],
)
def test_legacy_encodings_decode_to_the_same_text(
    tmp_path: Path, text: str, encoding: str, html: bool
) -> None:
    body = text
    if html:
        body = f'<html><head><meta charset="{encoding}"><title>t</title></head><body><p>{text}</p></body></html>'
    path = tmp_path / ("page.html" if html else "page.txt")
    path.write_bytes(body.encode(encoding))
    raw = read_document(path)
    assert isinstance(raw, RawDocument), raw
    assert text.strip() in raw.text
    assert raw.media_type == ("text/html" if html else "text/plain")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"))
    raw = read_document(path)
    assert isinstance(raw, RawDocument)
    assert raw.text == KOREAN
    assert raw.encoding == "utf-16"


def test_sha256_is_of_the_exact_bytes(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes(KOREAN.encode("cp949"))
    raw = read_document(path)
    assert isinstance(raw, RawDocument)
    assert raw.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert raw.data == path.read_bytes()


def test_real_chinese_pages_decode_without_damage(shared: Path) -> None:
    pages = sorted((shared / "data/zh-web-extraction/original").glob("*.html"))
    assert len(pages) > 60
    for page in pages:
        raw = read_document(page)
        assert isinstance(raw, RawDocument), f"{page.name}: {raw}"
        assert raw.text.count("\ufffd") <= 20, page.name
        assert sum("\u4e00" <= ch <= "\u9fff" for ch in raw.text) > 100, page.name


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", "empty", "empty"),
        (b"   \n\n  ", "empty", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary", "PNG image"),
        (b"PK\x03\x04" + bytes(200), "binary", "ZIP archive"),
        (b"%PDF-1.7\n" + bytes(range(256)), "binary", "PDF"),
        (bytes(range(256)) * 16, "binary", "binary"),
    ],
)
def test_bad_files_are_quarantined_with_a_reason(
    tmp_path: Path, data: bytes, error: str, words: str
) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(data)
    result = read_document(path)
    assert isinstance(result, Quarantine)
    assert result.error == error
    assert words in result.message
    assert result.path == str(path)


def test_a_huge_file_is_quarantined_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = read_document(path)
    assert isinstance(result, Quarantine)
    assert result.error == "too_large"
    assert "50.0 MB" in result.message


def test_a_vanished_file_is_quarantined(tmp_path: Path) -> None:
    result = read_document(tmp_path / "gone.txt")
    assert isinstance(result, Quarantine)
    assert result.error == "missing"


def test_bytes_in_no_known_encoding_are_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    # Bytes that are invalid as UTF-8 and decode to many replacement characters elsewhere.
    path.write_bytes(b"\x81\xff\xfe\x80\x9f" * 400)
    result = read_document(path)
    assert isinstance(result, Quarantine)
    assert result.error in {"undecodable", "binary"}


def test_folders_are_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["a.txt", "b/2.txt"]
