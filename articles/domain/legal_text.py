"""Recognise a site's legal and consent text: cookie banners, privacy and
terms links, sign-up small print, copyright lines, affiliate notices.

The site says these to every visitor about the site itself, so they carry
no claim about the news; they are page clutter (label none), although they
speak to "you" and would otherwise read as addressing the reader.
"""

import re

# The words that make a sentence about the site's own rules.
LEGAL_WORDS = (
    r"(?:privacy (?:policy|notice|statement|settings)|cookie (?:policy|notice|"
    r"settings|preferences)|terms (?:of (?:use|service)|and conditions|& conditions)|"
    r"(?:use|our use) of cookies|personal (?:data|information)|consent)"
)

LEGAL_LINE = re.compile(
    r"^(?:"
    # "You can opt out at any time." "You may unsubscribe whenever you like."
    r"(?:you (?:can|may|are free to)|feel free to)\s+(?:opt[ -]out|unsubscribe|"
    r"withdraw (?:your )?consent|change your (?:mind|preferences|settings|choices))"
    r"\b.{0,80}|"
    # "By signing up you agree to our Terms…", "By continuing to browse, you…"
    r"by (?:signing up|subscribing|registering|continuing|clicking|submitting|"
    r"entering|creating an account|using (?:this|our) (?:site|website|service))"
    r"\b.{0,80}\byou (?:agree|accept|consent|confirm|acknowledge)\b.{0,160}|"
    # "We use cookies to…", "This site uses cookies."
    r"(?:we|this (?:site|website)|our (?:site|website))(?: and our partners)?\s+"
    r"(?:use|uses|store|process|collect|share)\s+(?:cookies|your (?:personal )?data|"
    r"personal (?:data|information))\b.{0,160}|"
    # Affiliate notices: "We may earn a commission if you buy…"
    r"we may (?:earn|receive) (?:a )?(?:small )?(?:commission|fee)\b.{0,120}|"
    r"(?:this|the) (?:article|page|site) (?:contains|may contain) affiliate links\b"
    r".{0,120}|"
    # Copyright lines: "© 2026 The Gazette Ltd", "All rights reserved."
    r"(?:©|\(c\)|copyright\s+(?:©\s*)?\d{4}).{0,100}|all rights reserved\.?|"
    # Consent buttons and legal links on their own.
    r"(?:accept|reject|allow|decline|refuse) (?:all|cookies|all cookies|"
    r"(?:all |optional )?cookies)|"
    r"manage (?:preferences|cookies|consent|my choices|settings)|"
    r"(?:your )?privacy (?:choices|settings|options)|"
    r"do not sell(?: or share)? my (?:personal )?(?:data|information)|"
    r"(?:read our |see our )?" + LEGAL_WORDS + r"(?: apply| applies)?|"
    # "Terms and conditions apply.", "Read our privacy notice for details."
    r"(?:read|see|view) our " + LEGAL_WORDS + r"\b.{0,80}|"
    # "Privacy notice: we hold your details in line with data protection law."
    r"(?:our )?" + LEGAL_WORDS + r"\s*:.{1,160}|"
    r".{0,60}\b(?:is|are) protected by recaptcha\b.{0,160}"
    r")[.!]?$",
    re.IGNORECASE,
)

# "Privacy policy | Terms of use | Cookie settings": legal links in a row.
LEGAL_LINK_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def is_legal_text(text: str) -> bool:
    """Whether the whole line is the site's legal or consent text."""
    text = text.strip()
    if LEGAL_LINE.match(text):
        return True
    parts = LEGAL_LINK_SEPARATOR.split(text)
    return len(parts) > 1 and all(LEGAL_LINE.match(part) for part in parts)
