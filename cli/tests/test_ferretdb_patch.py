"""The local FerretDB finds, updates and deletes by `_id` through its `_id` index (our patch in
padan.cli.stack): FerretDB's explain shows SQLite's query plan. Skipped on a store that is not FerretDB."""

from __future__ import annotations

import pytest
from pymongo import MongoClient

from padan.cli.testing import StackEndpoints, unique

pytestmark = pytest.mark.integration


def test_work_by_id_uses_the_id_index_also_beside_other_conditions(real_stack: StackEndpoints) -> None:
    client: MongoClient[dict[str, object]] = MongoClient(real_stack.mongo_url)
    db = client[unique("patch")]
    try:
        db.docs.insert_many([{"_id": f"d{i}", "version": 1} for i in range(50)])
        plans = {}
        for name, where in {
            "by _id": {"_id": "d7"},
            "by _id and version": {"_id": "d7", "version": {"$lt": 2}},
        }.items():
            explained = db.command("explain", {"find": "docs", "filter": where})
            if "ferretdbVersion" not in explained.get("serverInfo", {}):
                pytest.skip("not FerretDB")
            plans[name] = " ".join(explained["queryPlanner"]["Plan"])
        assert all("SEARCH" in plan and "USING INDEX" in plan for plan in plans.values()), plans
        assert db.docs.update_one({"_id": "d7", "version": {"$lt": 2}}, {"$set": {"version": 2}}).modified_count == 1
        assert db.docs.update_one({"_id": "d7", "version": {"$lt": 2}}, {"$set": {"version": 3}}).modified_count == 0
        assert db.docs.find_one({"_id": "d7"}) == {"_id": "d7", "version": 2}
    finally:
        client.drop_database(db.name)
        client.close()
