import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from padan.cli.testing import StackEndpoints, unique
from padan.shared.partitioning import partition_count, partition_for
from padan.shared.topics import NEEDS


def test_partition_count_comes_from_the_topic_spec() -> None:
    assert partition_count(NEEDS) == 6


@pytest.mark.integration
def test_keys_land_where_the_real_producer_puts_them(real_stack: StackEndpoints) -> None:
    topic = unique("partitioning")

    async def produce() -> dict[str, int]:
        producer = AIOKafkaProducer(bootstrap_servers=real_stack.kafka_bootstrap)
        await producer.start()
        consumer = AIOKafkaConsumer(bootstrap_servers=real_stack.kafka_bootstrap)
        await consumer.start()
        try:
            from aiokafka.admin import AIOKafkaAdminClient, NewTopic

            admin = AIOKafkaAdminClient(bootstrap_servers=real_stack.kafka_bootstrap)
            await admin.start()
            await admin.create_topics([NewTopic(topic, num_partitions=6, replication_factor=1)])
            await admin.close()
            placed = {}
            for n in range(40):
                key = f"ned-{n}"
                metadata = await producer.send_and_wait(topic, b"x", key=key.encode())
                placed[key] = metadata.partition
            return placed
        finally:
            await producer.stop()
            await consumer.stop()

    placed = asyncio.run(produce())
    assert {key: partition_for(key, 6) for key in placed} == placed
    assert len(set(placed.values())) > 1
