"""Text every database can store.

PostgreSQL refuses NUL in text and JSON columns, and a lone surrogate (an
escaped \\udc00 in a JSON string, say) is not UTF-8 at all: either one in a
batch row's name or fields failed the whole upload there, and failed the
row later on SQLite. NUL carries no words, so it is removed; a lone
surrogate stands for a character that was lost, so it becomes U+FFFD, the
replacement character, and the reader sees that something was there.
"""

import re

# Proper pairs are already one character in a Python str (json.loads joins
# them), so any code point in this range is a lone half.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    return LONE_SURROGATE.sub("\ufffd", text.replace("\x00", ""))
