"""Our patches of the local FerretDB (padan.cli.stack): it finds, updates and deletes by `_id` through its
`_id` index (FerretDB's explain shows SQLite's query plan; skipped on a store that is not FerretDB), and an
update command of many statements completes."""

from __future__ import annotations

import pytest
from pymongo import MongoClient, UpdateOne

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


def test_an_update_of_more_statements_than_connections_completes(real_stack: StackEndpoints) -> None:
    """FerretDB v1 held each statement's query of an `update` command open until the command ended, one
    SQLite connection each (100 in its pool): a bulk of 300 $addToSet upserts then waited for itself, and the
    database answered nobody after it (a restarted matcher never became ready). Runs on every store: on
    MongoDB it is an ordinary bulk write. The timeouts turn a hang into a failure."""
    client: MongoClient[dict[str, object]] = MongoClient(real_stack.mongo_url, socketTimeoutMS=60_000)
    db = client[unique("bulk")]
    try:
        db.lists.insert_many([{"_id": f"list{i}", "ids": ["a"]} for i in range(150)])  # half exist, half upsert
        writes = [
            UpdateOne({"_id": f"list{i}"}, {"$addToSet": {"ids": {"$each": ["a", f"b{i}"]}}}, upsert=True)
            for i in range(300)
        ]
        result = db.lists.bulk_write(writes, ordered=False)
        assert (result.matched_count, result.upserted_count) == (150, 150)
        assert db.lists.find_one({"_id": "list7"}) == {"_id": "list7", "ids": ["a", "b7"]}
        assert db.lists.find_one({"_id": "list200"}) == {"_id": "list200", "ids": ["a", "b200"]}
        assert db.lists.count_documents({}) == 300
    finally:
        client.drop_database(db.name)
        client.close()
