import pytest
from django.core.exceptions import ValidationError

from accounts.pseudonyms import validate_pseudonym


@pytest.mark.parametrize(
    "name", ["Hopeful Robin", "Juniper", "anna_b", "Mary-Kate", "O'Neill", "Zoë"]
)
def test_ordinary_pseudonyms_are_accepted(name):
    assert validate_pseudonym(name) == name


@pytest.mark.parametrize(
    "name",
    ["Admin", "ADMINISTRATOR", "4dmin", "The Moderator", "mod", "M.O.D", "Staff Sue",
     "official help", "Support Team", "sysop", "x", "a" * 31, "<script>", "a@b.c"],
)  # fmt: skip
def test_impersonating_or_malformed_pseudonyms_are_refused(name):
    with pytest.raises(ValidationError):
        validate_pseudonym(name)


def test_surrounding_and_repeated_spaces_are_tidied():
    assert validate_pseudonym("  Quiet   Wren ") == "Quiet Wren"
