"""The in-memory catalog every replica holds: products, their suppliers, and an inverted index."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from padan.matcher.domain.text import terms
from padan.shared.events import ProductUpserted, SupplierUpserted


@dataclass(frozen=True)
class IndexedProduct:
    product: ProductUpserted
    terms: frozenset[str]


class Catalog:
    def __init__(self) -> None:
        self.products: dict[str, IndexedProduct] = {}
        self.suppliers: dict[str, SupplierUpserted] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)

    def upsert_product(self, product: ProductUpserted) -> bool:
        """Index the product; False when we already hold this or a newer version."""
        current = self.products.get(product.product_id)
        if current is not None and current.product.version >= product.version:
            return False
        if current is not None:
            for term in current.terms:
                self._postings[term].discard(product.product_id)
        indexed = IndexedProduct(product, frozenset(terms(f"{product.name} {product.category} {product.description}")))
        self.products[product.product_id] = indexed
        if product.active:
            for term in indexed.terms:
                self._postings[term].add(product.product_id)
        return True

    def upsert_supplier(self, supplier: SupplierUpserted) -> bool:
        current = self.suppliers.get(supplier.supplier_id)
        if current is not None and current.version >= supplier.version:
            return False
        self.suppliers[supplier.supplier_id] = supplier
        return True

    def candidates(self, query_terms: set[str]) -> set[str]:
        """Ids of active products sharing at least one term with the query."""
        found: set[str] = set()
        for term in query_terms:
            found |= self._postings.get(term, set())
        return found
