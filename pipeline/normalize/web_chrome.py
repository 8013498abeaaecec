"""A web page's chrome around the document it shows (round 43, newuser43 cause 2).

Text copied from a web page keeps the page's navigation and footer: a skip link (``Hoppa
till innehåll``), the menu (``Hem`` ⏎ ``Om klubben`` ⏎ ``Kontakt`` …), a breadcrumb trail
(``Start › Om föreningen › Stadgar``, ``Hem / Om oss / Stadgar``) and, at the end, a cookie
notice, the address fields and a copyright line. None of it is part of the document: like a
page number it is furniture, in no clause (docs/annotation.md §1.2), and the title comes
from the first real line.

* A breadcrumb is a line of three or more short items (at most five words, no sentence
  mark) joined by one spaced separator (`patterns.BREADCRUMB_SEPARATOR`) that opens with a
  home item (layout.yaml `web_home_words`), among the page's first lines: a chain of bodies
  (``Fullmäktige › Styrelsen › Förvaltningen``) is no trail.
* A skip link is a line listed in layout.yaml `web_skip_links`.
* The navigation block runs from a skip link to a breadcrumb after it, every line between
  them a menu item: a short line (at most three words, no punctuation or digit, not opening
  with a document-kind noun as a title does: ``Reglemente för X``). A skip link or a
  breadcrumb alone, or a longer line between them, is no proof of one: the lines stay
  clauses (a corpus annotated before round 43 keeps such lines; the narrow form moves no
  annotated text).
* A cookie notice above the title (round 48, br; round 49 `_cookie_chrome`): the first
  content line, a sentence naming cookies, and its consent buttons (layout.yaml
  `web_consent_buttons`) right after it.
* A menu without a skip link (round 48, nu48b fault 2): the page's first content lines, all
  menu items, from a home item (``Hem``) to the last account or site link among them
  (layout.yaml `web_account_links`: ``Logga in``, ``Mina sidor``, ``Sök``).
* A lead control (round 49, bs L3): the page's first content line alone a search or menu
  control (layout.yaml `web_lead_controls`: ``Sök``), with a line after it.
* The footer is the run of last lines each holding a footer word (layout.yaml
  `web_footer_words`: a cookie notice, ``©``) or three or more ``|``-separated fields, where
  at least one holds a footer word; a lone last line only when it is a copyright line (a last
  sentence that names cookies is text).
* A share line (round 45, nu45 cause 3), anywhere on the page and in any reader's text (a
  saved page's ``<div class="share">``, a page printed to PDF): a short line made only of
  share, print and social-media words (layout.yaml `web_share_words`, phrases word by word)
  and filler words (`web_share_fillers`), opening with a capitalised share word: ``Dela på
  Facebook Skriv ut``, ``Skriv ut | Tipsa | Lyssna``. A content word anywhere keeps the line,
  and so does a line in lower case or opening with a filler: a PDF's wrap of a sentence
  (``Kallelse skickas till varje ledamot`` ⏎ ``via e-post``) is text (§1).
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from pipeline import patterns
from pipeline.language.phrases import phrases_by_first_word
from pipeline.normalize.glued_title import is_document_kind
from pipeline.normalize.hyphenation import is_known_word
from pipeline.normalize.inline_headings import finite_verb
from pipeline.normalize.lines import Line

_HEADER_LINES = 30  # a breadcrumb or skip link among the page's first content lines
_MIN_CRUMBS = 3
_MAX_CRUMB_WORDS = 5
_MAX_MENU_WORDS = 3
_MIN_FOOTER_FIELDS = 3
_SENTENCE_MARKS = frozenset(".:;!?")
_MENU_MARKS = re.compile(r"[.,:;!?()\d]")
_WORD = re.compile(r"\w+")


def web_chrome_lines(lines: list[Line]) -> frozenset[int]:
    """Indexes into `lines` of the page's chrome (module docstring)."""
    return frozenset(
        {
            *_lead_control(lines),
            *_control_toggles(lines),
            *_top_links(lines),
            *_cookie_chrome(lines),
            *_header_chrome(lines),
            *_menu_chrome(lines),
            *_footer_chrome(lines),
        }
    )


def share_lines(lines: list[Line]) -> frozenset[int]:
    """Indexes into `lines` of share and print link lines (`is_share_line`), of location
    and page-field lines (`is_page_tool_line`), of download links (`is_download_link`, round
    51) and of feedback questions beside their form or
    other chrome (`_placed_feedback`), any reader's."""
    tools = {
        index
        for index, line in enumerate(lines)
        if not line.is_blank and (is_share_line(line.stripped) or is_page_tool_line(line.stripped))
    } | _download_links(lines)
    return frozenset(tools | _placed_feedback(lines, tools))


def _placed_feedback(lines: list[Line], tools: set[int]) -> set[int]:
    """Round 47 (nu47 fault 4, bp; docs/annotation.md §1.2): a feedback question
    (`is_feedback_line`) is chrome only where it stands as a control (round 46; round 43:
    chrome needs proof): its nearest non-blank line before or after is an answer button line
    (`_is_feedback_answer`), a share or tool line (`tools`), a footer line or another placed
    feedback question, or it is the page's last non-blank line."""
    questions = [
        index
        for index, line in enumerate(lines)
        if not line.is_blank and is_feedback_line(line.stripped)
    ]
    if not questions:
        return set()  # most pages: no feedback question
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    order = {index: position for position, index in enumerate(content)}
    placed = tools | set(_footer_chrome(lines))
    found: set[int] = set()
    while True:  # a question beside a placed one is placed too (`Var sidan …?` ⏎ `Hittade …?`)
        new = {
            index
            for index in questions
            if index not in found and _beside_control(index, content, order, placed | found, lines)
        }
        if not new:
            return found | _answer_lines(found, content, order, lines)
        found |= new


def _answer_lines(
    questions: set[int], content: list[int], order: dict[int, int], lines: list[Line]
) -> set[int]:
    """The answer buttons right after a placed feedback question (`Ja` ⏎ `Nej`), each line
    one to three answer words: the question's form, chrome with it (round 47, nu47r fault 3);
    an answer line anywhere else stays (a table's `Ja`/`Nej` cell)."""
    answers: set[int] = set()
    for question in questions:
        for index in content[order[question] + 1 :]:
            if not _is_feedback_answer(lines[index].stripped):
                break
            answers.add(index)
    return answers


def _beside_control(
    index: int, content: list[int], order: dict[int, int], placed: set[int], lines: list[Line]
) -> bool:
    position = order[index]
    if position == len(content) - 1:
        return True  # the page's last line
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    return any(n in placed or _is_feedback_answer(lines[n].stripped) for n in neighbours)


_MAX_ANSWER_WORDS = 3


def _is_feedback_answer(text: str) -> bool:
    """``Ja``, ``Nej``, ``Ja | Nej``: a line of one to three answer-button words (layout.yaml
    `web_feedback_answers`)."""
    words = text.casefold().split()
    return 0 < len(words) <= _MAX_ANSWER_WORDS and all(
        word in patterns.WEB_FEEDBACK_ANSWERS for word in words
    )


_MAX_FEEDBACK_WORDS = 8


def is_feedback_line(text: str) -> bool:
    """Round 47 (nu47 fault 4): a feedback box's title, a short question about the page
    (layout.yaml `web_feedback_subjects`, `web_feedback_words`): a subject and a feedback
    word, or two feedback words (``Hittade du det du sökte?``)."""
    if not text.endswith("?"):
        return False  # most lines: one character
    words = _WORD.findall(text.casefold())
    if len(words) > _MAX_FEEDBACK_WORDS or _SENTENCE_MARKS & set(text[:-1]):
        return False
    feedback = sum(
        1
        for size in (1, 2, 3)
        for start in range(len(words) - size + 1)
        if " ".join(words[start : start + size]) in patterns.WEB_FEEDBACK_WORDS
    )
    subject = any(word in patterns.WEB_FEEDBACK_SUBJECTS for word in words)
    return feedback >= 2 or (feedback >= 1 and subject)


_FIELD_SEPARATOR = re.compile(r"\s+[·|]\s+")
_DIGIT = re.compile(r"\d")


def is_page_tool_line(text: str) -> bool:
    """Round 46 (nu46 cause 3): a location line (``Sidan tillhör: A / B``; an owner line,
    ``Sidansvarig: Kanslienheten``, round 47) or a line of
    spaced ``·``/``|`` fields, each a location, a share line or a byline, one location or
    share field at least (layout.yaml `web_location_labels`)."""
    if ":" not in text and "·" not in text and "|" not in text:
        return False  # most lines: no look-up
    fields = _FIELD_SEPARATOR.split(text.strip().strip("*_").strip())
    tools = [_is_location(field) or is_share_line(field) for field in fields]
    if not any(tools):
        return False
    return all(tool or _is_byline(field) for tool, field in zip(tools, fields, strict=True))


def _is_location(text: str) -> bool:
    label, colon, trail = text.partition(":")
    if not colon or not trail.strip() or _SENTENCE_MARKS & set(trail.rstrip(".")):
        return False
    label = " ".join(label.split()).casefold()
    if label not in patterns.WEB_LOCATION_LABELS and label not in patterns.WEB_OWNER_LABELS:
        return False
    items = [item for item in patterns.BREADCRUMB_SEPARATOR.split(trail)[::2] if item.strip()]
    return all(len(item.split()) <= _MAX_CRUMB_WORDS for item in items)


def _is_byline(text: str) -> bool:
    """``Senast ändrad av Anna Ek, 2026-01-12``: an adoption phrase and a date."""
    words = text.casefold().split()
    return (
        len(words) <= _MAX_SHARE_WORDS
        and bool(_DIGIT.search(text))
        and any(" ".join(words[:size]) in patterns.ADOPTION_WORDS for size in (1, 2, 3))
    )


_MAX_SHARE_WORDS = 12
_MAX_DOWNLOAD_WORDS = 10
_FILE_SIZE = re.compile(r"\d\s*(?:kb|mb)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
_FILE_TYPE_AFTER = "som"  # ``… som PDF``: the file type a link names after its noun


def is_download_link(text: str) -> bool:
    """Round 51 (newuser50b fault 6): a download link of the page's file, a page control as
    a print link is: a capitalised line of at most ten words opening with a download
    imperative (layout.yaml `web_download_links`: ``Ladda ner``, ``Hämta``) that names a
    file (`_names_file`), with no sentence mark outside its brackets: ``Ladda ner
    reglementet som PDF (245 kB)``. ``Hämta nyckeln hos vaktmästaren.`` (a stop, no file),
    ``Ladda ner appen`` and ``Hämta underlag i Excel`` (a file type as a plain word, review
    51 M2) are text."""
    if not text[:1].isupper():
        return False  # most lines: one look-up
    words = text.casefold().split()
    if len(words) > _MAX_DOWNLOAD_WORDS or not any(
            " ".join(words[:size]) in patterns.WEB_DOWNLOAD_LINKS for size in (1, 2)):
        return False
    if any(word[-1] in _SENTENCE_MARKS for word in _BRACKETED.sub("", text).split()):
        return False  # a sentence (``reglemente.pdf`` inside a word is a file name)
    return _names_file(text.casefold(), words)


def _names_file(folded: str, words: list[str]) -> bool:
    """Review 51 M2: a link names its file by a size (``245 kB``), a file name's extension
    (``taxa.pdf``) or a file type (`web_file_notes`) inside brackets (``(pdf)``) or after
    ``som`` (``som PDF``); a type word standing as a plain word is text."""
    if _FILE_SIZE.search(folded):
        return True
    types = patterns.WEB_FILE_NOTES
    if any(word.rsplit(".", 1)[-1] in types for word in words if "." in word.strip(".")):
        return True
    if any(word.strip(",") in types
           for bracket in _BRACKETED.findall(folded) for word in bracket.strip("()").split()):
        return True
    return any(
        words[i - 1] == _FILE_TYPE_AFTER and words[i] in types for i in range(1, len(words))
    )


def _download_links(lines: list[Line]) -> set[int]:
    """Review 51 M2: download links (`is_download_link`) that end their block, alone or as a
    run of links: a blank line or the text's end after the last; a line with text going on
    below it is a wrapped sentence."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line("", 0)]):
        if not line.is_blank and is_download_link(line.stripped):
            run.append(index)
            continue
        if line.is_blank:
            found.update(run)
        run = []
    return found


def is_share_line(text: str) -> bool:
    """A line of share, print and social-media links and filler words only (docstring)."""
    words = [word.rstrip(":") for word in text.casefold().split()]  # "Dela sidan: Facebook"
    if not words or len(words) > _MAX_SHARE_WORDS:
        return False
    fillers = patterns.WEB_SHARE_FILLERS
    phrases = _link_phrases(patterns.WEB_SHARE_WORDS, patterns.WEB_TOOL_WORDS)
    # a link opens with its capitalised share word; a lower-case line, or one opening with a
    # filler, is a wrapped sentence's end (``… till varje ledamot`` ⏎ ``via e-post``)
    if words[0] not in phrases or not text[:1].isupper():
        return False  # most lines: one look-up
    index, links, shared = 0, 0, False
    while index < len(words):
        length = _share_phrase_at(words, index, phrases.get(words[index], ()))
        if length:
            shared = shared or " ".join(words[index : index + length]) in patterns.WEB_SHARE_WORDS
            index, links = index + length, links + 1
        elif words[index] in fillers:
            index += 1
        else:
            return False
    return shared or links > 1  # a page tool (``Historik``) only beside another link


@functools.lru_cache(maxsize=4)
def _link_phrases(
    share: frozenset[str], tools: frozenset[str]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrases_by_first_word(share | tools)


def _share_phrase_at(words: list[str], index: int, candidates: tuple[tuple[str, ...], ...]) -> int:
    for parts in candidates:
        if tuple(words[index : index + len(parts)]) == parts:
            return len(parts)
    return 0


def is_breadcrumb(text: str, *, title: str | None = None) -> bool:
    """A breadcrumb trail: three or more short items joined by one spaced separator; with
    `title` (the line after the trail), the last item may be as long as a title when it is
    that line (round 54, analysis 54-cf A: ``Hem > Näringsliv > <the page's title>``)."""
    separators = {match.group(1) for match in patterns.BREADCRUMB_SEPARATOR.finditer(text)}
    if len(separators) != 1:
        return False
    items = [item.strip() for item in patterns.BREADCRUMB_SEPARATOR.split(text)[::2]]
    if len(items) < _MIN_CRUMBS or not all(items):
        return False
    links = items[:-1] if title is not None and _same_text(items[-1], title) else items
    if any(len(item.split()) > _MAX_CRUMB_WORDS or _SENTENCE_MARKS & set(item) for item in links):
        return False
    return items[0].casefold() in patterns.WEB_HOME_WORDS  # a trail starts at the home page


def _titled_trail(text: str, title: str) -> bool:
    """A one-line trail whose last item is the next line, the page's title (round 54)."""
    last = patterns.BREADCRUMB_SEPARATOR.split(text)[-1]
    return _same_text(last, title) and is_breadcrumb(text, title=title)


def title_trail_lines(lines: list[Line]) -> frozenset[int]:
    """Newuser57b fault 7, any reader's (a Markdown or HTML page too): a one-line trail
    (`is_breadcrumb`) right after the page's first line whose last item is that line, the
    title (`# Organisation` ⏎ `Startsida › … › Organisation`), as `_titled_trail` takes one
    before it. A trail that does not end in the title stays text (one sign is no proof)."""
    content = list(islice((i for i, line in enumerate(lines) if not line.is_blank), 2))
    if len(content) < 2:
        return frozenset()
    title, trail = lines[content[0]].stripped, lines[content[1]].stripped
    return frozenset({content[1]}) if _titled_trail(trail, title) else frozenset()


def _same_text(first: str, second: str) -> bool:
    """The same words in the same case: a page repeats its title as printed (a capitals
    heading after a trail, ``Stadgar`` ⏎ ``STADGAR``, is no repeat of the crumb)."""
    return first.split() == second.split()


def _is_skip_link(text: str) -> bool:
    return " ".join(text.split()).casefold() in patterns.WEB_SKIP_LINKS


def _is_menu_item(text: str, *, before_title: bool = False) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MAX_MENU_WORDS or _MENU_MARKS.search(text):
        return False
    if before_title and len(words) == 1:
        return True  # a trail's category (`Riktlinjer`) before the title it leads to
    return not is_document_kind(words[0])  # ``Reglemente för X`` is the title, no menu item


def _header_chrome(lines: list[Line]) -> list[int]:
    content = [index for index, line in enumerate(lines) if not line.is_blank][:_HEADER_LINES]
    skip = next((index for index in content if _is_skip_link(lines[index].stripped)), None)
    crumb = next((index for index in content if is_breadcrumb(lines[index].stripped)), None)
    trail = skip is not None and crumb is None
    if trail:
        crumb = _trail_end(lines, content, skip)
    if skip is None or crumb is None or crumb < skip:
        return []  # one sign alone is no proof of a navigation block
    between = [index for index in content if skip < index < crumb]
    if not all(_is_menu_item(lines[index].stripped, before_title=trail) for index in between):
        return []
    return [skip, *between, crumb]


def _menu_chrome(lines: list[Line]) -> list[int]:
    """Round 48 (nu48b fault 2): the menu at the page's top (module docstring): menu items
    from a home item to the last account link (``Logga in``) before the first other line."""
    content = [index for index, line in enumerate(lines) if not line.is_blank][:_HEADER_LINES]
    if not content:
        return []
    if len(content) > 1 and _titled_trail(lines[content[0]].stripped, lines[content[1]].stripped):
        return [content[0]]  # a one-line trail the page's title repeats (round 54, cf A)
    label, first = _crumb_label(lines[content[0]].stripped)
    if first.casefold() not in patterns.WEB_HOME_WORDS:
        return []
    if label:
        return _labelled_trail(lines, content, label)
    last_link = None
    for position, index in enumerate(content):
        text = lines[index].stripped
        if not _is_menu_item(text):
            break
        if " ".join(text.split()).casefold() in patterns.WEB_ACCOUNT_LINKS:
            last_link = position
    return _home_menu(lines, content) if last_link is None else content[: last_link + 1]


_MAX_HOME_MENU_WORDS = 2
_MIN_HOME_MENU_LINES = 2


def _home_menu(lines: list[Line], content: list[int]) -> list[int]:
    """Round 51 (ruling y1): without an account link, the run of one- or two-word menu items
    without a verb that opens the page with a home item (``Hem`` ⏎ ``Klubben`` ⏎
    ``Dokument``) is the site's menu, chrome, up to the line before the title: the run's
    last line is the title where a sentence follows it (``Hem`` ⏎ ``Om oss`` ⏎
    ``Insynsråd`` ⏎ ``Rådet ger …``), else the title is the line after the run. A lone home
    item stays (a title may follow a lone ``Start``)."""
    run = 0
    for index in content:
        words = lines[index].stripped.split()
        if len(words) > _MAX_HOME_MENU_WORDS or not _is_menu_item(lines[index].stripped) or any(
                finite_verb(word) for word in words):
            break
        run += 1
    if run == len(content):
        return []  # no line after the run: nothing shows it is a menu
    if _repeated_title(lines, content, run):
        return content[: run + 1]  # the trail's last item, the title the next line repeats
    following = lines[content[run]].stripped
    if following[-1:] in _SENTENCE_MARKS:
        run -= 1  # the run's last line heads the sentence: the title
    return content[:run] if run >= _MIN_HOME_MENU_LINES else []


def _repeated_title(lines: list[Line], content: list[int], position: int) -> bool:
    """The content line at `position` closes a trail: the page's title, which the next
    content line prints again as its heading (round 47 `_trail_end`, round 54 cf A)."""
    if position + 1 >= len(content):
        return False
    _, item = _crumb_label(lines[content[position]].stripped)
    return _same_text(item, lines[content[position + 1]].stripped)


# A trail printed one item a line as a numbered or bulleted list (round 54, analysis 54-cf A):
# ``1. Hem`` ⏎ ``2. Om oss`` ⏎ ``3. <title>`` or ``• Startsida`` ⏎ ``• Styrdokument`` ⏎ …
_CRUMB_LABEL = re.compile(rf"(\d{{1,2}}[.)]|{patterns.BULLET_CLASS})\s+")


def _crumb_label(text: str) -> tuple[str, str]:
    """A trail line's list label (a number or a bullet) and its item."""
    match = _CRUMB_LABEL.match(text)
    return (match.group(1), text[match.end() :]) if match else ("", text)


def _next_label(label: str, first: str, position: int) -> bool:
    """The label of a trail's item at `position`: the same bullet, or the number counting
    up from one."""
    if not first[0].isdigit():
        return label == first
    return label[:-1] == str(position + 1) and label[-1] == first[-1]


def _is_trail_item(text: str) -> bool:
    """A link text of a trail: a few words, no sentence mark or finite verb, not a title."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_CRUMB_WORDS
        and not _SENTENCE_MARKS & set(text)
        and not is_document_kind(words[0])
        and not any(finite_verb(word) for word in words)
    )


def _labelled_trail(lines: list[Line], content: list[int], first: str) -> list[int]:
    """Round 54 (analysis 54-cf A): a numbered or bulleted run of short link texts from a
    home item at the page's top, its last item the title that the next line repeats, is
    the page's breadcrumb, chrome; the repeat is the title. A run that no title repeat
    closes stays (a real list of sections whose first item is a home word)."""
    for position, index in enumerate(content):
        label, item = _crumb_label(lines[index].stripped)
        if not (label and _next_label(label, first, position)):
            return []
        if _repeated_title(lines, content, position):
            return content[: position + 1] if position + 1 >= _MIN_HOME_MENU_LINES else []
        if not _is_trail_item(item):
            return []
    return []


_MIN_NOTICE_WORDS = 10  # a long line without its full stop; a title is shorter
_NOTICE_MARKS = frozenset(".!")


def _cookie_chrome(lines: list[Line]) -> list[int]:
    """Round 48 (br; docs/annotation.md §1.2) and round 49 (analysis 49-br C10): a cookie
    notice above the title: the page's first content line when it is a sentence (a full
    stop at its end, or ten words or more) naming cookies (`web_footer_words`, no copyright),
    with the consent buttons right after it (`web_consent_buttons`), when a line follows
    them (the title). A title naming cookies (``Så använder vi kakor``) stays."""
    content = [index for index, line in enumerate(lines) if not line.is_blank][:_HEADER_LINES]
    if not content:
        return []
    first = lines[content[0]].stripped
    sentence = first[-1:] in _NOTICE_MARKS or len(first.split()) >= _MIN_NOTICE_WORDS
    if not (sentence and _has_footer_word(first) and not _has_copyright(first)):
        return []
    run = [content[0]]
    for index in content[1:]:
        if not _is_consent_button(lines[index].stripped):
            break
        run.append(index)
    return run if len(run) < len(content) else []


def _is_consent_button(text: str) -> bool:
    """A consent button (layout.yaml `web_consent_buttons`), alone or before its object
    (round 51, w50-y J: `web_cookie_words`): ``Acceptera kakor``, ``Godkänn alla kakor``."""
    words = text.casefold().split()
    if words and words[-1] in patterns.WEB_COOKIE_WORDS:
        words = words[:-1]
    return bool(words) and " ".join(words) in patterns.WEB_CONSENT_BUTTONS


def _top_links(lines: list[Line]) -> list[int]:
    """Round 48 (br, bs; docs/annotation.md §1.2) and round 51 (w50-y J): a back-to-top link
    alone on a line (layout.yaml `web_top_links`: ``Till toppen``, ``Till sidans topp``) is a
    page control, chrome wherever it stands; the words inside a sentence stay text."""
    return [index for index, line in enumerate(lines)
            if not line.is_blank
            and " ".join(line.stripped.split()).casefold() in patterns.WEB_TOP_LINKS]


def _lead_control(lines: list[Line]) -> list[int]:
    """Round 49 (bs L3): the page's first content line alone a search or menu control
    (layout.yaml `web_lead_controls`: ``Sök``, ``Meny``), another line after it, is chrome;
    the title is the next line."""
    content = [index for index, line in enumerate(lines) if not line.is_blank][:2]
    if len(content) < 2:
        return []
    first = " ".join(lines[content[0]].stripped.split()).casefold()
    return [content[0]] if first in patterns.WEB_LEAD_CONTROLS else []


def _control_toggles(lines: list[Line]) -> list[int]:
    """Round 50 (analysis 50-bv, F): a line of a toggle verb (layout.yaml
    `web_control_toggles`: ``Öppna``, ``Stäng``) and a control (`web_lead_controls`), the
    control's label repeated after it or not (``Öppna sök Sök``, ``Stäng meny``), is a
    button's text: chrome wherever it stands. ``Sök bidrag …`` has no toggle: text."""
    return [index for index, line in enumerate(lines)
            if not line.is_blank and _is_control_toggle(line.stripped)]


def _is_control_toggle(text: str) -> bool:
    words = text.casefold().split()
    if len(words) < 2 or words[0] not in patterns.WEB_CONTROL_TOGGLES:
        return False
    control = " ".join(words[1:])
    if control in patterns.WEB_LEAD_CONTROLS:
        return True
    half, rest = divmod(len(words) - 1, 2)
    return not rest and words[1 : 1 + half] == words[1 + half :] and (
        " ".join(words[1 : 1 + half]) in patterns.WEB_LEAD_CONTROLS)


def _trail_end(lines: list[Line], content: list[int], skip: int) -> int | None:
    """Round 47 (nu47r fault 3): a trail printed one item a line (`Startsida` ⏎ `Styrdokument`
    ⏎ `Riktlinje för X`) ends in the page's title, which the page prints again as its heading:
    the first line after the skip link that a later header line repeats ends the navigation
    block (the repeat stays, the title)."""
    seen: dict[str, int] = {}
    for index in content:
        if index <= skip:
            continue
        key = " ".join(lines[index].stripped.split()).casefold()
        if key in seen:
            return seen[key]
        seen[key] = index
    return None


def _has_footer_word(text: str) -> bool:
    folded = text.casefold()
    words = set(_WORD.findall(folded))
    return any(
        (word in words) if word.isalnum() else (word in folded)
        for word in patterns.WEB_FOOTER_WORDS
    )


def _is_footer_fields(text: str) -> bool:
    return len(patterns.FOOTER_FIELD_SEPARATOR.split(text)) >= _MIN_FOOTER_FIELDS


def _footer_chrome(lines: list[Line]) -> list[int]:
    run: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].stripped
        if not text:
            continue
        if not (_has_footer_word(text) or _is_footer_link(text) or _is_footer_fields(text)):
            break
        run.append(index)
    marked = [
        index
        for index in run
        if _has_footer_word(lines[index].stripped) or _is_footer_link(lines[index].stripped)
    ]
    # a lone last sentence that names cookies is text; a lone copyright line is chrome
    lone = len(run) == 1 and not _has_copyright(lines[run[0]].stripped)
    return run if marked and not lone else []


_MAX_FOOTER_LINK_WORDS = 5


def _is_footer_link(text: str) -> bool:
    """``Om webbplatsen``, ``Följ oss på Facebook``: a short line opening with a footer link
    (layout.yaml `web_footer_links`)."""
    words = text.casefold().split()
    if not 0 < len(words) <= _MAX_FOOTER_LINK_WORDS:
        return False
    folded = " ".join(words)
    return any(
        folded == link or folded.startswith(link + " ") for link in patterns.WEB_FOOTER_LINKS
    )


def _has_copyright(text: str) -> bool:
    folded = text.casefold()
    return any(not word.isalnum() and word in folded for word in patterns.WEB_FOOTER_WORDS)


_HIDDEN = "\u200b"  # dropped from the block text, as a Markdown mark (normalize.assemble)
_NOTE_ENDS = frozenset({")", ".", ""})  # a file note's label after a comma ends the note


def unlabelled_lines(lines: list[Line], text: str) -> list[Line]:
    """`lines` with their screen-reader link labels (`link_label_spans`) hidden one character
    for one, as `markdown_marks` hides a link's target: every offset stays the raw one, the
    block text drops them (round 50, ruling b6); a label that ends its line is cut off it, so
    that the layout rules read the line's last word. `text`: the raw text, one search first."""
    if _link_label_pattern().search(text) is None:
        return lines  # most documents: no label
    return [_unlabelled(line) for line in lines]


def _unlabelled(line: Line) -> Line:
    spans = link_label_spans(line.text)
    if not spans:
        return line
    text = line.text
    if spans[-1][1] == len(text.rstrip()):  # a last label: the line ends before it
        text = text[: spans.pop()[0]]
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _HIDDEN * (end - start)
    return Line("".join(chars), line.start)


def link_label_spans(text: str) -> list[tuple[int, int]]:
    """Round 50 (ruling b6, docs/annotation.md §7): the spans of `text` that are a site's
    screen-reader link labels (layout.yaml `web_link_labels`), furniture in their clause: glued to a
    word's last letter (``Eva Lindlänk till annan webbplats``, ``kommunallagenlänk till annan
    webbplats``), unless the word with the label's first word is a known word (``en ny direktlänk
    till extern webbplats``: a compound noun, `_glued_compound`); after a space when capitalised
    after a word (``Eva Lind Länk till annan webbplats``), the space with it; after a file note's
    comma where the note ends with it, the comma with it before a bracket (``(pdf, 120 kB, öppnas i
    nytt fönster)``) but not before a full stop, which the tokenizer would glue to the unit as an
    abbreviation's (``Word, 45 kB, öppnas i nytt fönster.``). A lower-case label after a space is a
    sentence's words (``Sidan öppnas i nytt fönster.``)."""
    spans = []
    for match in _link_label_pattern().finditer(text):
        start, label = match.start(), match.start("label")
        if start == label:  # glued
            if text[start - 1].isalpha() and not _glued_compound(text, start, match["label"]):
                spans.append((label, match.end()))
        elif text[start - 1] == ",":
            after = text[match.end() : match.end() + 1]
            if after in _NOTE_ENDS:  # the comma stays before a full stop: `kB,.`, no `kB.`
                spans.append((start if after == "." else start - 1, match.end()))
        elif text[label].isupper():
            spans.append((start, match.end()))
    return spans


def _glued_compound(text: str, position: int, label: str) -> bool:
    """Review 50b M3: whether the word ending at `position` with the label's first word glued
    on is a word of the language (``direkt|länk``, ``webb|länk``: a compound noun, the label
    is text), read by the spelling word list (`is_known_word`, the list that
    `known_word_min_frequency` reads); a capitalised first part is a name (``Eva
    Lind|länk``), never a compound's."""
    first = position
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    if text[first].isupper():
        return False
    return is_known_word(text[first:position] + label.split(None, 1)[0])


@patterns.layout_cache()
def _link_label_pattern() -> re.Pattern[str]:
    """A label (any case) after a word character or a comma, glued or after spaces."""
    labels = sorted(patterns.WEB_LINK_LABELS, key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, label.split())) for label in labels)
    return re.compile(rf"(?<=[\w,])[ \t]*(?P<label>{alternatives})(?!\w)", re.IGNORECASE)


_MAX_IMPERATIVE_WORDS = 8


def link_imperative_lines(lines: list[Line], text: str) -> list[Line]:
    """Round 51 (newuser50b fault 6; docs/annotation.md §1.2): `lines` with a link's
    imperative (layout.yaml `web_link_imperatives`: ``Läs mer om jäv``; round 46: it states
    nothing) cut off a line that ends its block (a blank line or the text's end after it)
    where it follows the line's last sentence end: the link a page prints after its
    paragraph's last sentence, furniture as a link label is (`link_label_spans`). Capitalised,
    at most eight words and no sentence mark or digit of its own; a line of its own stays a
    paragraph, and a wrapped line going on below (``… beslut. Läs mer`` ⏎ ``i bilaga 2.``)
    keeps its words. `text`: the raw text, one search first."""
    pattern = _link_imperative_pattern()
    if pattern is None or pattern.search(text) is None:
        return lines  # most documents: no link imperative after a sentence
    kept = list(lines)
    for index, line in enumerate(lines):
        if line.is_blank or (index + 1 < len(lines) and not lines[index + 1].is_blank):
            continue
        match = pattern.search(line.text)
        if match is not None and match["tail"][:1].isupper():
            kept[index] = Line(line.text[: match.start()], line.start)
    return kept


@patterns.layout_cache()
def _link_imperative_pattern() -> re.Pattern[str] | None:
    """A link imperative after a sentence end, running to the line's end (any case)."""
    if not patterns.WEB_LINK_IMPERATIVES:
        return None
    phrases = sorted(patterns.WEB_LINK_IMPERATIVES, key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) for phrase in phrases)
    more = _MAX_IMPERATIVE_WORDS - 1
    return re.compile(
        rf"(?<=[.!?])[ \t]+(?P<tail>(?:{alternatives})(?:[ \t]+[^\s\d.!?:;]+){{0,{more}}})"
        r"[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
