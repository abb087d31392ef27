"""MongoDB access through PyMongo's async API. Code stays inside what MongoDB and FerretDB both support:
single-document atomic updates, no multi-document transactions, no change streams."""

from __future__ import annotations

from typing import Any

from pymongo import AsyncMongoClient

#: Documents per reply for reads that can be large. FerretDB 1.24 otherwise sends the rest of a result in one
#: reply, and past the wire protocol's 48 MB the read fails (100,000 OCDS deals: a 68 MB reply).
READ_BATCH = 2000


def make_mongo_client(url: str, max_pool_size: int | None = None) -> AsyncMongoClient[dict[str, Any]]:
    from padan.shared.settings import default_mongo_pool_size

    return AsyncMongoClient(
        url,
        tz_aware=True,
        serverSelectionTimeoutMS=5000,
        uuidRepresentation="standard",
        maxPoolSize=max_pool_size or default_mongo_pool_size(),
    )
