//! speechmark's JSON, versioned, with optional text and offsets on every node.

use crate::analysis::Analysis;
use crate::ast::Document;

pub use crate::ast::FORMAT_VERSION;

/// Which extra fields every object with a span gets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Extras {
    pub content: bool,
    pub chars: bool,
    pub utf16: bool,
    pub lines: bool,
}

impl Extras {
    /// The names of the fields asked for.
    pub(crate) fn names(self) -> impl Iterator<Item = &'static str> {
        [
            (self.content, "content"),
            (self.chars, "chars"),
            (self.utf16, "utf16"),
            (self.lines, "lines"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
    }
}

/// A document in speechmark's versioned JSON format (see [the module docs](super) for the
/// format): serialize it with serde, e.g. `serde_json::to_string(&Json::new(&doc, text))`.
///
/// Serializing fails only when `text` is not the text the document was parsed from and a
/// field asked for cannot be computed (a span off its character boundaries).
///
/// ```
/// use speechmark::export::Json;
///
/// let text = "“Yes,” said Putin.\nPutin: “Yes.”";
/// let doc = speechmark::parse(text);
/// let json = Json::new(&doc, text).content(true).offsets(true).source("briefing.txt");
/// let v = serde_json::to_value(&json).unwrap();
/// assert_eq!(v["source"], "briefing.txt");
/// let label = &v["blocks"][1]["turns"][0]["label"];
/// assert_eq!(label["span"], serde_json::json!([23, 29]));
/// assert_eq!(label["content"], "Putin:");
/// assert_eq!(label["chars"], serde_json::json!({"span": [19, 25], "name": [19, 24], "punct": [24, 25]}));
/// assert_eq!(label["utf16"]["span"], serde_json::json!([19, 25]));
/// assert_eq!(label["lines"]["span"], serde_json::json!([[2, 1], [2, 7]]));
/// ```
#[derive(Clone, Debug)]
pub struct Json<'a> {
    pub(crate) doc: &'a Document,
    pub(crate) text: &'a str,
    pub(crate) extras: Extras,
    pub(crate) source: Option<String>,
    pub(crate) analysis: Option<&'a Analysis>,
}

impl<'a> Json<'a> {
    /// The document as `serde_json::to_string(doc)` writes it (with its `"format_version"`).
    ///
    /// ```
    /// let doc = speechmark::parse("Summary");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "Summary")).unwrap();
    /// assert_eq!(v["format_version"], speechmark::export::FORMAT_VERSION);
    /// ```
    #[must_use]
    pub fn new(doc: &'a Document, text: &'a str) -> Self {
        Json {
            doc,
            text,
            extras: Extras::default(),
            source: None,
            analysis: None,
        }
    }

    /// Adds `"content"`, the text of each span.
    ///
    /// ```
    /// let doc = speechmark::parse("Hi.");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "Hi.").content(true)).unwrap();
    /// assert_eq!(v["blocks"][0]["content"], "Hi.");
    /// ```
    #[must_use]
    pub fn content(mut self, on: bool) -> Self {
        self.extras.content = on;
        self
    }

    /// Adds `"chars"`: each span and sub-span in code points.
    ///
    /// ```
    /// let doc = speechmark::parse("€5");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "€5").chars(true)).unwrap();
    /// assert_eq!(v["chars"]["span"], serde_json::json!([0, 2]));
    /// ```
    #[must_use]
    pub fn chars(mut self, on: bool) -> Self {
        self.extras.chars = on;
        self
    }

    /// Adds `"utf16"`: each span and sub-span in UTF-16 code units.
    ///
    /// ```
    /// let doc = speechmark::parse("😀");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "😀").utf16(true)).unwrap();
    /// assert_eq!(v["utf16"]["span"], serde_json::json!([0, 2]));
    /// ```
    #[must_use]
    pub fn utf16(mut self, on: bool) -> Self {
        self.extras.utf16 = on;
        self
    }

    /// Adds `"lines"`: each span's and sub-span's ends as `[line, column]`, from 1, the column
    /// in code points.
    ///
    /// ```
    /// let doc = speechmark::parse("a\r\nb");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "a\r\nb").lines(true)).unwrap();
    /// assert_eq!(v["lines"]["span"], serde_json::json!([[1, 1], [2, 2]]));
    /// ```
    #[must_use]
    pub fn lines(mut self, on: bool) -> Self {
        self.extras.lines = on;
        self
    }

    /// Adds all three of `"chars"`, `"utf16"` and `"lines"`.
    ///
    /// ```
    /// let doc = speechmark::parse("a");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "a").offsets(true)).unwrap();
    /// assert!(v["chars"].is_object() && v["utf16"].is_object() && v["lines"].is_object());
    /// ```
    #[must_use]
    pub fn offsets(self, on: bool) -> Self {
        self.chars(on).utf16(on).lines(on)
    }

    /// Adds the analysis of the document ([`analyze`](crate::analyze)): `"act"` and `"cue"` on
    /// every sentence, `"speaker"` (an index into `"speakers"`) on every turn, and at the end
    /// `"speakers"` (one object per person: `"kind": "speaker"`, `"name"` and `"role"` with the
    /// text and span of the mention each came from, `"anonymous"` for generic labels,
    /// `"turns"`) and `"claims"` (`"kind": "claim"`, `"span"`, `"sentence"` (its index among
    /// the document's sentences), `"speaker"` (`null` for the narrator), `"cue"`, and the
    /// `"figures"` inside it).
    ///
    /// ```
    /// let text = "Kral: Exports grew by 4%.\n";
    /// let doc = speechmark::parse(text);
    /// let analysis = speechmark::analyze(&doc, text);
    /// let json = speechmark::export::Json::new(&doc, text).analysis(&analysis);
    /// let v = serde_json::to_value(&json).unwrap();
    /// let sentence = &v["blocks"][0]["turns"][0]["utterance"]["paragraphs"][0]["sentences"][0];
    /// assert_eq!(sentence["act"], "assertion");
    /// assert_eq!(v["blocks"][0]["turns"][0]["speaker"], 0);
    /// assert_eq!(v["speakers"][0]["name"]["text"], "Kral");
    /// assert_eq!(v["claims"][0]["speaker"], 0);
    /// assert_eq!(v["claims"][0]["figures"][0]["value"], "4");
    /// ```
    #[must_use]
    pub fn analysis(mut self, analysis: &'a Analysis) -> Self {
        self.analysis = Some(analysis);
        self
    }

    /// Adds `"source"` at the top: where the text came from (a path, a URL).
    ///
    /// ```
    /// let doc = speechmark::parse("");
    /// let v = serde_json::to_value(speechmark::export::Json::new(&doc, "").source("a.txt")).unwrap();
    /// assert_eq!(v["source"], "a.txt");
    /// ```
    #[must_use]
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_objects_as_serde_with_the_version_first() {
        let text = "Summary\nPutin: “We said ‘yes’ to US$1.3 billion; click here.”\n";
        let doc = crate::parse(text);
        let plain = serde_json::to_string(&doc).unwrap();
        let ours = serde_json::to_string(&Json::new(&doc, text)).unwrap();
        assert!(plain.starts_with("{\"format_version\":1,\"kind\":\"document\","));
        assert_eq!(ours, plain);
    }

    #[test]
    fn diagnostics_get_offsets_too() {
        let text = "😀 “Hi”.\nPutin: “Hello\n";
        let doc = crate::parse(text);
        let v = serde_json::to_value(Json::new(&doc, text).chars(true)).unwrap();
        let d = &v["diagnostics"][0];
        assert_eq!(d["kind"], "diagnostic");
        let [s, e] = [&d["span"][0], &d["span"][1]].map(|x| x.as_u64().unwrap() as usize);
        let chars = |b: usize| text[..b].chars().count();
        assert_eq!(d["chars"]["span"], serde_json::json!([chars(s), chars(e)]));
    }

    #[test]
    fn a_text_that_is_not_the_documents_is_an_error() {
        let doc = crate::parse("Putin: Yes.");
        let err = serde_json::to_string(&Json::new(&doc, "€€€€").content(true)).unwrap_err();
        assert!(err.to_string().contains("inside a character"), "{err}");
    }
}
