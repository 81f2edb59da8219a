"""Type stubs of the native module (src/*.rs). Spans are (start, end) pairs: ``span`` in
code points (Python's own string indexing), ``byte_span`` in bytes of the UTF-8 text."""

from decimal import Decimal
from typing import Any, Optional, Union

Span = tuple[int, int]

__version__: str
FORMAT_VERSION: int
MAX_INPUT_LEN: int

class SpeechmarkError(ValueError):
    """Input the parser refuses (bytes that are not UTF-8, text too long for spans), or JSON
    that does not describe a document of the given text. The message is the crate's."""

def parse(text: str, *, layout: Optional[str] = None, inlines: bool = True) -> Document:
    """Parses ``text``. Never fails on a ``str``; odd input becomes diagnostics. ``layout``
    forces "line_per_paragraph" or "blank_line_separated"; ``inlines=False`` skips sentences
    and inline nodes. The GIL is released while parsing."""

def parse_bytes(data: bytes, *, layout: Optional[str] = None, inlines: bool = True) -> Document:
    """Parses UTF-8 bytes; raises SpeechmarkError naming the first bad byte otherwise."""

def from_json(json: str, text: str) -> Document:
    """Reads back what ``Document.to_json()`` wrote, over the text it was parsed from."""

def table_columns(documents: list[tuple[str, Union[str, bytes]]]) -> dict[str, Any]:
    """The buffers of ``speechmark.table``'s columns for a batch of ``(doc_id, text)``;
    ``speechmark.table.record_batch`` wraps them."""

def table_files(paths: list[str], ids: list[str]) -> dict[str, Any]:
    """``table_columns`` for files read in Rust."""

def document_columns(doc: Document, doc_id: str) -> dict[str, Any]:
    """``table_columns`` for one parsed document."""

class Node:
    """A node of the tree; node objects compare equal when they name the same node of the
    same parse."""

    @property
    def kind(self) -> str:
        """"document", "heading", "separator", "page_marker", "paragraph", "sentence", "dialogue", "turn",
        "speaker_label", "utterance", "figure", "link", "link_placeholder" or "quote"."""
    @property
    def span(self) -> Span:
        """In code points: ``doc.text[start:end] == node.text``."""
    @property
    def byte_span(self) -> Span:
        """In bytes of the UTF-8 text, as the crate and its JSON count."""
    @property
    def text(self) -> str: ...
    @property
    def index(self) -> int:
        """Position among the nodes of its kind (inline nodes are numbered together)."""
    @property
    def parent(self) -> Optional[Node]: ...
    def children(self) -> list[Node]: ...
    def descendants(self) -> list[tuple[int, Node]]:
        """This node and everything below it in pre-order, with depths from this node."""
    def fields(self) -> list[tuple[str, Span]]:
        """Named sub-spans that are not nodes ("name", "punct", "open", "close", ...), in code
        points."""
    def byte_fields(self) -> list[tuple[str, Span]]: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Document(Node):
    """A parsed document: the node of kind "document", with flat queries by kind."""

    @property
    def text(self) -> str: ...
    @property
    def layout(self) -> str:
        """"line_per_paragraph" or "blank_line_separated"."""
    def blocks(self) -> list[Node]: ...
    def headings(self) -> list[Heading]: ...
    def separators(self) -> list[Separator]: ...
    def page_markers(self) -> list[PageMarker]: ...
    def paragraphs(self) -> list[Paragraph]: ...
    def sentences(self) -> list[Sentence]: ...
    def dialogues(self) -> list[Dialogue]: ...
    def turns(self) -> list[Turn]: ...
    def figures(self) -> list[Figure]: ...
    def links(self) -> list[Link]: ...
    def link_placeholders(self) -> list[LinkPlaceholder]: ...
    def nodes(self) -> list[tuple[int, Node]]:
        """Every node in pre-order with its depth (the document at 0)."""
    def diagnostics(self) -> list[Diagnostic]: ...
    def analyze(self) -> Analysis:
        """Speakers, speech acts and claims; made once (the GIL released) and kept."""
    def to_json(
        self,
        *,
        pretty: bool = False,
        content: bool = False,
        chars: bool = False,
        utf16: bool = False,
        lines: bool = False,
        source: Optional[str] = None,
        analysis: bool = False,
    ) -> str:
        """The crate's versioned JSON (byte spans); the flags add each node's text, its
        offsets in code points, UTF-16 units and lines, and the analysis (acts, speakers,
        claims)."""
    def __eq__(self, other: object) -> bool:
        """Same text and same tree."""
    def __hash__(self) -> int: ...

class Heading(Node):
    @property
    def title(self) -> str: ...
    @property
    def title_span(self) -> Span: ...
    @property
    def level(self) -> Optional[int]: ...
    @property
    def placeholder(self) -> Optional[str]:
        """"empty_section" when the heading announces links with nothing under it."""
    def sentences(self) -> list[Sentence]: ...

class Separator(Node): ...

class PageMarker(Node):
    """A page marker of a printed record ("[[Page S697]]")."""

class Paragraph(Node):
    def sentences(self) -> list[Sentence]: ...
    @property
    def turn(self) -> Optional[Turn]: ...

class Sentence(Node):
    def inlines(self) -> list[Node]:
        """Top-level figures, links, link placeholders and quotations."""
    def figures(self) -> list[Figure]: ...
    @property
    def paragraph(self) -> Optional[Paragraph]: ...
    @property
    def heading(self) -> Optional[Heading]: ...
    @property
    def act(self) -> SpeechAct:
        """What the sentence does; runs the document's analysis if needed."""
    @property
    def turn(self) -> Optional[Turn]: ...

class Dialogue(Node):
    def turns(self) -> list[Turn]: ...

class Turn(Node):
    @property
    def label(self) -> SpeakerLabel: ...
    @property
    def speaker_text(self) -> str:
        """The name as printed in the label ("Prime Minister Sharif")."""
    @property
    def speaker(self) -> Optional[Speaker]:
        """The resolved speaker ("Shehbaz Sharif"); runs the document's analysis if needed."""
    @property
    def utterance(self) -> Utterance: ...
    def paragraphs(self) -> list[Paragraph]: ...
    def sentences(self) -> list[Sentence]: ...
    def figures(self) -> list[Figure]: ...
    @property
    def dialogue(self) -> Dialogue: ...

class SpeakerLabel(Node):
    @property
    def name(self) -> str: ...
    @property
    def name_span(self) -> Span: ...
    @property
    def lead(self) -> Optional[str]:
        """What stands before the name: ">>", a timestamp ("[00:01:09]"), or both; a Hansard
        question's number ("1."); a WebVTT voice tag's "<v"; the "[" of "[Kofi Mensah] 14:02:33"."""
    @property
    def aside(self) -> Optional[str]:
        """A parenthetical after the name ("(answering a question)"), or the time a transcript
        gives the turn ("(00:04)"), which may stand after the punctuation ("Ana: (00:01)")."""
    @property
    def style(self) -> str:
        """"name", "upper", "generic" or "record"."""
    @property
    def turn(self) -> Turn: ...

class Utterance(Node):
    @property
    def open_span(self) -> Optional[Span]: ...
    @property
    def close_span(self) -> Optional[Span]: ...
    def paragraphs(self) -> list[Paragraph]: ...
    @property
    def turn(self) -> Turn: ...

class Figure(Node):
    @property
    def figure(self) -> str:
        """"money", "percent", "percentage_points", "quantity", "count", "year",
        "fiscal_year", "decade", "date", "month", "ordinal" or "relative_time"."""
    @property
    def value(self) -> Optional[Decimal]:
        """Exact: US$1.3 billion is Decimal('1300000000')."""
    @property
    def to(self) -> Optional[Decimal]: ...
    @property
    def ends(self) -> Optional[tuple[Span, Span]]: ...
    @property
    def currency(self) -> Optional[str]:
        """ISO 4217 code ("USD")."""
    @property
    def currency_assumed(self) -> bool: ...
    @property
    def unit(self) -> Optional[str]: ...
    @property
    def date(self) -> Optional[str]:
        """ISO 8601 ("2024", "2025-09-02", "--11")."""
    @property
    def sentence(self) -> Sentence: ...

class Link(Node):
    @property
    def target(self) -> str: ...
    @property
    def target_span(self) -> Span: ...
    @property
    def form(self) -> str:
        """"url", "web" or "email"."""
    @property
    def href(self) -> Optional[str]: ...

class LinkPlaceholder(Node):
    @property
    def placeholder(self) -> str:
        """"anchor" or "empty_section"."""

class Quote(Node):
    @property
    def open_span(self) -> Span: ...
    @property
    def close_span(self) -> Span: ...
    def inlines(self) -> list[Node]: ...

class Diagnostic:
    @property
    def kind(self) -> str:
        """Always "diagnostic"."""
    @property
    def code(self) -> str:
        """A stable code such as "unterminated_quotation"."""
    @property
    def message(self) -> str: ...
    @property
    def span(self) -> Span: ...
    @property
    def byte_span(self) -> Span: ...
    @property
    def text(self) -> str: ...

class Analysis:
    """What a document's sentences do, who speaks in it, and which sentences are claims."""

    @property
    def speakers(self) -> list[Speaker]:
        """One per person (or anonymous role such as "Q"), in order of their first turn."""
    @property
    def claims(self) -> list[Claim]:
        """The sentences that assert something checkable, in document order."""
    def claims_by(self, speaker: Speaker) -> list[Claim]: ...
    def act(self, sentence: Sentence) -> SpeechAct: ...

class Speaker:
    """One person who speaks (or an anonymous role): the fullest name and the role the text
    gives, with the spans of the mentions they came from."""

    @property
    def kind(self) -> str:
        """Always "speaker"."""
    @property
    def index(self) -> int: ...
    @property
    def name(self) -> str:
        """"Vladimir Putin"; the label itself for an anonymous speaker ("Q")."""
    @property
    def name_span(self) -> Span: ...
    @property
    def name_byte_span(self) -> Span: ...
    @property
    def role(self) -> Optional[str]:
        """"Russian President", or None."""
    @property
    def role_span(self) -> Optional[Span]: ...
    @property
    def role_byte_span(self) -> Optional[Span]: ...
    @property
    def anonymous(self) -> bool: ...
    def turns(self) -> list[Turn]: ...
    def claims(self) -> list[Claim]: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Claim:
    """A sentence that asserts something checkable, with its speaker, figures and cue."""

    @property
    def kind(self) -> str:
        """Always "claim"."""
    @property
    def index(self) -> int: ...
    @property
    def span(self) -> Span:
        """In code points: ``doc.text[start:end] == claim.text``."""
    @property
    def byte_span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> Sentence: ...
    @property
    def turn(self) -> Optional[Turn]: ...
    @property
    def speaker(self) -> Optional[Speaker]:
        """None when the narrator makes the claim."""
    def figures(self) -> list[Figure]: ...
    @property
    def cue(self) -> str:
        """What made it an assertion: "figure", "past_tense", "statement", ..."""
    @property
    def cue_span(self) -> Span: ...
    @property
    def cue_byte_span(self) -> Span: ...
    @property
    def cue_text(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class SpeechAct:
    """A sentence's act and the cue that decided it."""

    @property
    def act(self) -> str:
        """"assertion", "opinion", "question", "thanks", "greeting", "wish", "condolence",
        "invitation", "promise", "compliment" or "meta"."""
    @property
    def is_claim(self) -> bool: ...
    @property
    def cue(self) -> str: ...
    @property
    def cue_span(self) -> Span: ...
    @property
    def cue_byte_span(self) -> Span: ...
    @property
    def cue_text(self) -> str: ...
