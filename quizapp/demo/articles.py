"""Original sample articles written for this project (fictional places and
people), with the labels and explanations a teacher would give: one module
an article, in the order seed_demo loads them."""

from .ferry import FERRY
from .shape import DemoArticle, labels_by_offset
from .storm_live import STORM_LIVE

DEMO_ARTICLES = [FERRY, STORM_LIVE]

__all__ = ["DEMO_ARTICLES", "FERRY", "STORM_LIVE", "DemoArticle", "labels_by_offset"]
