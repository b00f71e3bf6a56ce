from django import forms
from django.core.exceptions import ValidationError

from accounts.models import User
from accounts.pseudonyms import MAX_LENGTH, validate_pseudonym


def clean_unique_pseudonym(name: str, *, exclude_pk=None) -> str:
    name = validate_pseudonym(name)
    taken = User.objects.filter(display_name__iexact=name).exclude(pk=exclude_pk)
    if taken.exists():
        raise ValidationError("That pseudonym is taken. Please choose another.")
    return name


class PseudonymSignupForm(forms.Form):
    """Extra signup field (allauth's ACCOUNT_SIGNUP_FORM_CLASS)."""

    display_name = forms.CharField(
        label="Pseudonym",
        max_length=MAX_LENGTH,
        help_text="The only name other members will see. Please don't use your "
        "real name. Your email address is never shown.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    field_order = ["display_name", "email", "password1", "password2"]

    def clean_display_name(self):
        return clean_unique_pseudonym(self.cleaned_data["display_name"])

    def signup(self, request, user):
        # The adapter already saved display_name with the user.
        pass


class SettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "email_notifications"]
        labels = {"display_name": "Pseudonym"}

    def clean_display_name(self):
        return clean_unique_pseudonym(
            self.cleaned_data["display_name"], exclude_pk=self.instance.pk
        )
