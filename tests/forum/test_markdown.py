import pytest

from forum.markdown import MarkdownError, render_markdown


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("[click](javascript:alert(1))", 'href="javascript:'),
        ("[click](JaVaScRiPt:alert(1))", 'href="javascript:'),
        ("[click](data:text/html;base64,PHNjcmlwdD4=)", 'href="data:'),
        ('<a href="#" onclick="steal()">x</a>', "<a "),
        ("<iframe src='https://evil.example'></iframe>", "<iframe"),
        ("<style>body{display:none}</style>", "<style"),
    ],
)
def test_dangerous_markup_never_reaches_the_page(source, forbidden):
    # What is refused stays visible as text, escaped, so nothing the member typed is lost.
    assert forbidden not in render_markdown(source).lower()


def test_external_links_are_marked_nofollow_ugc():
    html = render_markdown("See https://example.org/page")
    assert 'href="https://example.org/page"' in html
    assert 'rel="nofollow ugc noopener noreferrer"' in html


def test_email_addresses_are_not_turned_into_links():
    assert "mailto:" not in render_markdown("write to me@example.com")


def test_headings_are_demoted_below_the_page_heading():
    html = render_markdown("# Big\n\n## Smaller")
    assert "<h1>" not in html and "<h2>" not in html
    assert html.count("<h3>") == 2


def test_common_formatting_survives():
    html = render_markdown("**bold** *it* ~~gone~~\n\n> quote\n\n- a\n- b")
    for tag in ("<strong>", "<em>", "<s>", "<blockquote>", "<li>"):
        assert tag in html


def test_deep_nesting_is_refused_rather_than_silently_dropped():
    with pytest.raises(MarkdownError):
        render_markdown("> " * 25 + "text")
    assert "text" in render_markdown("> > > text")


def test_overlong_input_is_refused_before_rendering():
    with pytest.raises(MarkdownError, match="at most"):
        render_markdown("a" * 20_001)
