"""The registry's own limits, in-process (refused before any request reaches the store): JSON bodies over
1 MB are answered 413 unparsed; the multipart feed upload has its own, larger limit."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from padan.registry.bootstrap import create_app
from padan.registry.settings import Settings


def test_a_10_mb_supplier_is_refused_413_and_a_feed_upload_streams_up_to_its_own_limit() -> None:
    client = TestClient(create_app(Settings(mongo_database="never_touched", import_max_bytes=3 * 1024 * 1024)))
    ten_mb = json.dumps({"nib": "9120001234567", "name": "x" * (10 * 1024 * 1024)})
    refused = client.post(
        "/api/v1/suppliers", content=ten_mb, headers={"content-type": "application/json", "x-api-key": "any"}
    )
    assert refused.status_code == 413
    assert refused.json()["detail"] == (
        "Isi permintaan terlalu besar (batas 1.048.576 bita) / request body too large (limit 1.048.576 bytes)"
    )
    feed = ("kd_rup,nama_paket\n" + "1,Pengadaan traktor tangan\n" * 80_000).encode()  # about 2 MB
    # Past the JSON limit, within the upload's: the body is read, then the anonymous caller is refused.
    assert client.post("/api/v1/imports?kind=rup", files={"file": ("rup.csv", feed)}).status_code == 401
    too_big = client.post("/api/v1/imports?kind=rup", files={"file": ("rup.csv", feed * 2)})
    assert too_big.status_code == 413 and "3.145.728" in too_big.json()["detail"]
