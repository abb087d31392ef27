from __future__ import annotations

import pytest

from padan.registry.demo import OTHER_PACKAGE_NAMES, P3DN_PACKAGE_NAMES
from padan.reporting.domain.product_groups import ProductGroup, classify

EXPECTED = {
    "Belanja cenderamata kain tapis untuk tamu daerah": ProductGroup.SOUVENIR,
    "Pengadaan seminar kit kegiatan rapat koordinasi": ProductGroup.SOUVENIR,
    "Belanja souvenir khas Lampung untuk delegasi": ProductGroup.SOUVENIR,
    "Pengadaan goodie bag dan map seminar bermotif tapis": ProductGroup.SOUVENIR,
    "Belanja hiasan dinding tapis untuk ruang kantor": ProductGroup.TAPIS,
    "Pengadaan traktor tangan untuk kelompok tani": ProductGroup.MACHINERY,
    "Belanja alsintan mesin perontok padi": ProductGroup.MACHINERY,
    "Pengadaan mesin pengupas kopi robusta untuk kelompok tani": ProductGroup.MACHINERY,
    "Belanja pakaian adat dan peci tapis untuk upacara": ProductGroup.TAPIS,
    "Pengadaan pompa air irigasi untuk petani": ProductGroup.MACHINERY,
}


def test_every_p3dn_package_of_the_lampung_demo_lands_in_its_group() -> None:
    assert set(EXPECTED) == set(P3DN_PACKAGE_NAMES)
    for name, group in EXPECTED.items():
        assert classify(name) is group, name


@pytest.mark.parametrize("name", OTHER_PACKAGE_NAMES)
def test_ordinary_packages_are_other(name: str) -> None:
    assert classify(name) is ProductGroup.OTHER


def test_a_machine_needs_an_agricultural_word_and_kbki_441_is_machinery() -> None:
    assert classify("Pengadaan mesin fotokopi") is ProductGroup.OTHER
    assert classify("Mesin X", kbki_code="44110") is ProductGroup.MACHINERY
    assert classify("Kain   TAPIS\tmotif pucuk rebung") is ProductGroup.TAPIS
    assert classify(None, "", "Gantungan kunci") is ProductGroup.SOUVENIR
