"""Rules for public pseudonyms: readable, not an email, not impersonating the team."""

import re
import unicodedata

from django.core.exceptions import ValidationError

MIN_LENGTH = 3
MAX_LENGTH = 30
ALLOWED = re.compile(r"^[\w][\w .'-]*$")

# Words that make a name look official, wherever they appear in it.
RESERVED_WORDS = ("admin", "moderator", "official", "staff", "support team", "sysop")
# Names reserved only as the whole name.
RESERVED_NAMES = {"mod", "mods", "team", "system", "root", "anonymous", "deleted"}
# Undo common look-alike spellings ("M0derat0r", "4dmin").
LOOKALIKES = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a"})


def normalise(name: str) -> str:
    """The comparable form of a name: case-folded, accents and look-alikes removed."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.casefold().translate(LOOKALIKES).split())


def validate_pseudonym(name: str) -> str:
    """Return the cleaned name or raise ValidationError with a message for the form."""
    name = " ".join(name.split())
    if len(name) < MIN_LENGTH:
        raise ValidationError(f"Please use at least {MIN_LENGTH} characters.")
    if len(name) > MAX_LENGTH:
        raise ValidationError(f"Please use at most {MAX_LENGTH} characters.")
    if "@" in name:
        raise ValidationError(
            "A pseudonym can't contain @: it must not look like an email address."
        )
    if not ALLOWED.match(name):
        raise ValidationError(
            "Use letters, numbers, spaces and . ' - _ only, starting with a letter "
            "or number."
        )
    plain = normalise(name)
    squashed = re.sub(r"[\W_]+", "", plain)
    if squashed in RESERVED_NAMES or any(
        re.sub(r"\W+", "", word) in squashed for word in RESERVED_WORDS
    ):
        raise ValidationError(
            "That name could be mistaken for the community team. Please choose another."
        )
    return name
