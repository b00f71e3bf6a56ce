from django import forms

from forum.markdown import MAX_LENGTH
from forum.posting import MAX_TITLE_LENGTH

BODY_HELP = (
    "Markdown works: **bold**, *italic*, > quotes, lists and links. "
    "Link to the evidence article with [[evidence:nk-cells#therapies]]."
)


class BodyField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Your post")
        kwargs.setdefault("help_text", BODY_HELP)
        super().__init__(
            # Checked in forum.posting with a friendlier message; here only a hard cap.
            max_length=MAX_LENGTH * 2,
            strip=False,
            widget=forms.Textarea(attrs={"rows": 8, "data-preview": "true"}),
            **kwargs,
        )


class DraftForm(forms.Form):
    """A posting form whose text the browser keeps as a draft under *draft_key*.

    `submit_for_review` is set by the "Submit for review" button that appears after the
    author has seen why their words would be held.
    """

    submit_for_review = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, draft_key: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if draft_key:
            self.fields["body"].widget.attrs["data-draft-key"] = draft_key


class ReplyForm(DraftForm):
    body = BodyField(label="Your reply")


class ThreadForm(DraftForm):
    title = forms.CharField(label="Title", max_length=MAX_TITLE_LENGTH)
    body = BodyField()


class EditPostForm(DraftForm):
    body = BodyField()


class SearchForm(forms.Form):
    q = forms.CharField(label="Search posts", max_length=200, required=False)
